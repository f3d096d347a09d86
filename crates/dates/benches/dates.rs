//! Throughput of `find_dates` on a committed ~3 KB sample article.
//! Run: `cargo bench -p lede-dates --bench dates`; articles/s = 1 / median time.

use divan::{black_box, Bencher};
use lede_dates::{find_dates, NaiveDate};

const SAMPLE: &str = include_str!("sample-article.txt");

fn main() {
    divan::main();
}

#[divan::bench]
fn sample_article(bencher: Bencher) {
    let ad = NaiveDate::from_ymd_opt(2025, 12, 3);
    bencher
        .counter(divan::counter::BytesCount::of_str(SAMPLE))
        .bench(|| find_dates(black_box(SAMPLE), black_box(ad)));
}

#[divan::bench]
fn sample_article_no_date(bencher: Bencher) {
    bencher
        .counter(divan::counter::BytesCount::of_str(SAMPLE))
        .bench(|| find_dates(black_box(SAMPLE), None));
}
