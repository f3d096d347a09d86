//! Developer aid: print the dates found in a file. `cargo run -p lede-dates --example dump -- FILE [YYYY-MM-DD]`
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let ad = std::env::args()
        .nth(2)
        .and_then(|s| lede_dates::NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let (e, d) = lede_dates::find_dates(&text, ad);
    for x in e {
        println!(
            "{:?} -> {:?} rel={} {}",
            &text[x.start..x.end],
            x.value.iso(),
            x.relative,
            x.rule
        );
    }
    for x in d {
        println!("DIAG {:?}: {}", &text[x.start..x.end], x.message);
    }
}
