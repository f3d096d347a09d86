//! Throughput of `find_places` on a ~3 KB news article of our own writing.
//! Run: `cargo bench -p lede-geo --bench places`

use lede_geo::{find_places, Gazetteer, GeoContext};

const ARTICLE: &str = include_str!("sample_article.txt");

fn main() {
    // Parse the gazetteer and build the automaton outside the measurement.
    let _ = Gazetteer::embedded();
    divan::main();
}

#[divan::bench(counter = divan::counter::ItemsCount::new(1usize))]
fn article(bencher: divan::Bencher) {
    let ctx = GeoContext {
        focus_countries: vec![("UKR".into(), 1.0), ("RUS".into(), 1.0)],
        exclude: Vec::new(),
    };
    bencher.bench(|| find_places(divan::black_box(ARTICLE), divan::black_box(&ctx)));
}

#[divan::bench(counter = divan::counter::BytesCount::of_str(ARTICLE))]
fn article_bytes(bencher: divan::Bencher) {
    let ctx = GeoContext::default();
    bencher.bench(|| find_places(divan::black_box(ARTICLE), divan::black_box(&ctx)));
}
