//! Loads a PETRARCH/TABARI dictionary folder and prints the check report, the load time and
//! the approximate heap size: `cargo run --release -p lede-dict --example petrarch_check DIR`.
use std::path::Path;
use std::time::Instant;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: petrarch_check DIR [--quiet]");
        std::process::exit(2);
    };
    let quiet = std::env::args().any(|a| a == "--quiet");
    let t = Instant::now();
    match lede_dict::petrarch::load_dir_extras(Path::new(&dir)) {
        Ok((set, extras)) => {
            let elapsed = t.elapsed();
            let report = lede_dict::petrarch::CheckReport::from_set(&set, Some(&extras));
            if quiet {
                let text = report.to_string();
                for l in text.lines().take(8) {
                    println!("{l}");
                }
            } else {
                print!("{report}");
            }
            println!(
                "load time: {:.1} ms; approx heap: {:.1} MB",
                elapsed.as_secs_f64() * 1000.0,
                lede_dict::petrarch::approx_heap_bytes(&set) as f64 / 1e6
            );
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
