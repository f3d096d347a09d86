//! Prints the places `find_places` finds in a text file (focus countries as extra arguments).
//! Run: `cargo run -p lede-geo --example places -- FILE [ISO3...]`

use lede_geo::{find_places, Gazetteer, GeoContext};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: places FILE [ISO3...]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let ctx = GeoContext {
        focus_countries: args[1..].iter().map(|c| (c.clone(), 1.0)).collect(),
        exclude: Vec::new(),
    };
    let t0 = std::time::Instant::now();
    let g = Gazetteer::embedded();
    eprintln!("gazetteer: {} entries in {:?}", g.len(), t0.elapsed());
    for m in find_places(&text, &ctx) {
        let e = g.entry(m.id);
        println!(
            "{:>6} {:<20} -> {} / {:?} / {:?} / {:?} [{} {:.2}]",
            m.start,
            &text[m.start..m.end],
            e.name,
            e.country,
            e.region,
            e.kind,
            m.rule,
            m.confidence
        );
    }
}
