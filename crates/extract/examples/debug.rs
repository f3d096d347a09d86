//! Prints the shallow analysis of each sentence of a text file: `cargo run -p lede-extract
//! --example debug -- FILE`. A developer's tool for looking at what the coder sees.
use lede_extract::lexicon::Payload;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let lx = lede_extract::Lexicon::new(&[lede_dict::default_set()]);
    let doc = lede_text::Document::new(text);
    let a = lede_extract::debug_analysis(&doc, &lx);
    for sa in &a.sentences {
        println!("--- {}", sa.words.join(" "));
        let tagged: Vec<String> = sa
            .words
            .iter()
            .zip(&sa.tags)
            .map(|(w, t)| format!("{w}/{t}"))
            .collect();
        println!("  tags: {}", tagged.join(" "));
        for f in &sa.found {
            let what = match f.payload {
                Payload::Actor(i) => format!(
                    "actor {} {:?}",
                    lx.actors[i as usize].canonical,
                    lx.actors[i as usize].codes.first().map(|c| &c.code)
                ),
                Payload::Agent(i) => format!("agent {}", lx.agents[i as usize].code),
            };
            println!(
                "  found [{}..{}] {} = {what}",
                f.start,
                f.end,
                sa.words[f.start..f.end].join(" ")
            );
        }
        for n in &sa.syntax.nps {
            println!(
                "  NP {} (head {}){}",
                sa.words[n.words.clone()].join(" "),
                sa.words[n.head],
                n.possessor
                    .map(|p| format!(" poss={p}"))
                    .unwrap_or_default()
            );
        }
        for (v, g) in sa.syntax.vgs.iter().enumerate() {
            let c = &sa.syntax.clauses[v];
            let np = |i: &usize| sa.words[sa.syntax.nps[*i].words.clone()].join(" ");
            println!(
                "  VG {} passive={} neg={} subj={:?}({}) obj={:?} pps={:?} compl_of={:?}",
                sa.words[g.words.clone()].join(" "),
                g.passive,
                g.negated,
                c.subject.iter().map(np).collect::<Vec<_>>(),
                c.subject_rule,
                c.objects.iter().map(np).collect::<Vec<_>>(),
                c.preps
                    .iter()
                    .map(|p| format!(
                        "{} {}",
                        sa.words[p.prep],
                        p.nps.iter().map(np).collect::<Vec<_>>().join("+")
                    ))
                    .collect::<Vec<_>>(),
                c.complement_of
            );
        }
    }
}
