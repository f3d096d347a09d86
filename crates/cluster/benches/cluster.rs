//! Cost of clustering one more article when 100,000 are already clustered:
//! `cargo bench -p lede-cluster`.
//!
//! Input: synthetic coded articles from a fixed-seed generator (no files needed): 2,000 stories
//! over a year, each with its own topic words, actors, places and event dyads, drawn around a
//! shared vocabulary of 20,000 words; about 275 articles a day, ~180 words each. Setup (the
//! first 100,000 articles) is not measured; each measured iteration adds one new article.

use lede_cluster::{format_day, ArticleIn, Clusterer};
use lede_model::{
    Actor, ActorKind, ActorRef, ArticleResult, Event, Mention, Modality, Place, PlaceKind,
};

fn main() {
    divan::main();
}

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const STORIES: usize = 2_000;
const VOCAB: usize = 20_000;
const START_DAY: i32 = 19_723; // 2024-01-01

struct Synth {
    id: String,
    title: String,
    date: String,
    source: String,
    text: String,
    result: ArticleResult,
}

fn word(i: usize) -> String {
    // Pronounceable, distinct pseudo-words.
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "ren", "tas", "vo", "der", "pli", "su", "gan", "tor", "bel", "ni", "quo",
        "zar", "fen",
    ];
    let mut s = String::new();
    let mut n = i + 16;
    while n > 0 {
        s.push_str(SYL[n % 16]);
        n /= 16;
    }
    s
}

fn synth(rng: &mut Rng, n: usize) -> Synth {
    let story = rng.below(STORIES);
    // Stories live ~2 weeks at a point of the year fixed by the story number.
    let day = START_DAY + ((story * 7) % 365) as i32 + rng.below(14) as i32;
    let topic: Vec<usize> = (0..12).map(|k| (story * 31 + k * 977) % VOCAB).collect();
    let mut words = Vec::new();
    for _ in 0..180 {
        let w = if rng.below(3) == 0 {
            topic[rng.below(topic.len())]
        } else {
            // Zipf-like background: most words common, a long tail.
            let r = rng.below(VOCAB);
            (r * r) / VOCAB
        };
        words.push(word(w));
    }
    let text = words.join(" ") + ".";
    let title = (0..6)
        .map(|_| word(topic[rng.below(topic.len())]))
        .collect::<Vec<_>>()
        .join(" ");
    let code = |k: usize| format!("C{:02}GOV", k % 90);
    let mention = Mention {
        text: String::new(),
        start: 0,
        end: 0,
    };
    let actors: Vec<Actor> = (0..4)
        .map(|k| Actor {
            name: Some(format!("Person {}", (story * 3 + k) % 5_000)),
            code: Some(code(story + k * 7)),
            country: None,
            kind: ActorKind::Person,
            mentions: vec![mention.clone(); 2],
            rule: "synthetic".to_string(),
        })
        .collect();
    let places = vec![Place {
        name: format!("Town {}", story % 1_500),
        country: None,
        lat: None,
        lon: None,
        region: None,
        kind: PlaceKind::City,
        mentions: vec![mention.clone()],
    }];
    let r = |c: String| ActorRef {
        code: Some(c.clone()),
        name: None,
        text: c,
    };
    let events = (0..3)
        .map(|k| Event {
            code: format!("{:02}0", 1 + (story + k) % 20),
            root: format!("{:02}", 1 + (story + k) % 20),
            plover: None,
            source: Some(r(code(story))),
            target: Some(r(code(story + 7 + k))),
            date: Some(format_day(day)),
            place: None,
            modality: Modality::Asserted,
            sentence: "Synthetic sentence.".to_string(),
            start: 0,
            end: 0,
            trigger: mention.clone(),
            rule: "synthetic".to_string(),
        })
        .collect();
    Synth {
        id: format!("s{n}"),
        title,
        date: format_day(day),
        source: format!("Source {}", rng.below(50)),
        text,
        result: ArticleResult {
            id: format!("s{n}"),
            date: Some(format_day(day)),
            title: None,
            text: None,
            actors,
            events,
            quotes: Vec::new(),
            places,
            dates: Vec::new(),
            diagnostics: Vec::new(),
        },
    }
}

fn add(c: &mut Clusterer, a: &Synth) {
    c.add(ArticleIn {
        id: &a.id,
        title: Some(&a.title),
        date: Some(&a.date),
        source: Some(&a.source),
        text: &a.text,
        result: &a.result,
    });
}

#[divan::bench(sample_count = 20, sample_size = 50)]
fn add_one_article_to_100k(bencher: divan::Bencher) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Arrival in date order, as a feed would give them.
    let mut stored: Vec<Synth> = (0..100_000).map(|n| synth(&mut rng, n)).collect();
    stored.sort_by(|a, b| a.date.cmp(&b.date));
    let mut c = Clusterer::default();
    for a in &stored {
        add(&mut c, a);
    }
    drop(stored);
    let fresh: Vec<Synth> = (100_000..105_000).map(|n| synth(&mut rng, n)).collect();
    let mut i = 0;
    bencher.bench_local(|| {
        add(&mut c, &fresh[i % fresh.len()]);
        i += 1;
    });
}
