// Lede's dashboard: plain JavaScript over this server's own API; no other origin is reached.
// Every value from the API is put in the page as text (never as HTML).
"use strict";

const main = document.getElementById("main");
const SVGNS = "http://www.w3.org/2000/svg";

function el(tag, attrs, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") n.textContent = v;
    else n.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

function svg(tag, attrs, ...children) {
  const n = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "text") n.textContent = v;
    else n.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c) n.append(c);
  return n;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.message || r.statusText);
  return body;
}

function enc(s) { return encodeURIComponent(s); }

function articleHref(id, start, end) {
  return "#/article/" + enc(id) + (start !== undefined ? "?hl=" + start + "-" + end : "");
}

function actorHref(key) { return "#/actor/" + enc(key); }

function sideLabel(s) {
  if (!s) return "—";
  return s.name || s.code || s.text || "?";
}

function sideKey(s) { return s ? (s.name || s.code || s.text) : null; }

function actorLink(s) {
  const key = sideKey(s);
  if (!key) return el("span", { class: "muted", text: "—" });
  const a = el("a", { href: actorHref(key), class: "actor", text: sideLabel(s) });
  return s.code ? el("span", {}, a, " ", el("span", { class: "code", text: s.code })) : a;
}

function evidenceLink(articleId, start, end, label) {
  return el("a", { href: articleHref(articleId, start, end), class: "evidence", text: label || "evidence" });
}

function eventItem(e) {
  return el("li", {},
    el("span", { class: "when", text: e.date || "undated" }),
    el("span", {},
      actorLink(e.source), " → ", actorLink(e.target), " ",
      el("span", { class: "code", title: "CAMEO " + e.code, text: (e.plover || "event") + " " + e.code }),
      e.modality !== "asserted" ? el("em", { class: "muted", text: " (" + e.modality + ")" }) : null,
      e.place ? el("span", { class: "muted", text: " in " + e.place.name }) : null,
      " · ", evidenceLink(e.article, e.start, e.end)));
}

function failure(err) {
  main.replaceChildren(el("p", { class: "error", text: "Could not load: " + err.message }));
}

// ---- home: stories (with breaking flags), or articles while there are no stories ----
async function home() {
  const [stats, stories] = await Promise.all([api("/api/v1/stats"), api("/api/v1/stories?limit=100")]);
  const parts = [el("h1", { text: "Stories" }),
    el("p", { class: "muted", text: `${stats.articles} articles · ${stats.events} events · ${stats.quotes} quotes · ${stats.distinct_actors} actors` })];
  if (stories.data.length) {
    parts.push(el("ul", { class: "list stories" }, stories.data.map(s => el("li", {},
      s.breaking ? el("span", { class: "flag", text: "BREAKING" }) : null,
      el("a", { href: "#/story/" + enc(s.id), class: "story-link", text: s.title || s.id }),
      el("span", { class: "muted", text: ` · ${(s.articles || []).length} reports · ${s.first_seen || ""} – ${s.last_seen || ""}` })))));
  } else {
    parts.push(el("p", { class: "note", text: "No stories in this database yet (story clustering has not run); each article is shown as its own story." }));
    const arts = await api("/api/v1/articles?limit=100");
    parts.push(el("ul", { class: "list stories" }, arts.data.map(a => el("li", {},
      el("a", { href: articleHref(a.id), class: "story-link", text: a.title || a.id }),
      el("span", { class: "muted", text: ` · ${a.date || "undated"} · ${a.events} events · ${a.quotes} quotes` })))));
  }
  main.replaceChildren(...parts);
}

// ---- a story or an article: timeline, quotes by speaker, network, map, text ----
function timeline(events) {
  const sorted = events.slice().sort((a, b) => (a.date || "").localeCompare(b.date || "") || a.start - b.start);
  if (!sorted.length) return el("p", { class: "muted", text: "No coded events." });
  return el("ul", { class: "list timeline" }, sorted.map(eventItem));
}

function quotesBySpeaker(quotes) {
  if (!quotes.length) return el("p", { class: "muted", text: "No quotes." });
  const groups = new Map();
  for (const q of quotes) {
    const key = q.speaker ? (q.speaker.name || q.speaker.text || q.speaker.code) : "Speaker not told";
    if (!groups.has(key)) groups.set(key, { speaker: q.speaker, quotes: [] });
    groups.get(key).quotes.push(q);
  }
  const out = el("div", { class: "quotes" });
  for (const [key, g] of groups) {
    out.append(el("div", { class: "speaker" },
      g.speaker ? el("a", { href: actorHref(key), text: key }) : el("span", { class: "muted", text: key }),
      g.speaker && g.speaker.code ? el("span", { class: "code", text: g.speaker.code }) : null));
    for (const q of g.quotes) {
      out.append(el("blockquote", {}, (q.kind === "indirect" ? "(reported) " : "“") + q.text + (q.kind === "indirect" ? "" : "”"), " ",
        evidenceLink(q.article, q.start, q.end)));
    }
  }
  return out;
}

function network(events) {
  const nodes = new Map();
  const edges = new Map();
  for (const e of events) {
    const a = sideKey(e.source), b = sideKey(e.target);
    for (const k of [a, b]) if (k) nodes.set(k, (nodes.get(k) || 0) + 1);
    if (a && b && a !== b) {
      const key = a < b ? a + "\u0000" + b : b + "\u0000" + a;
      edges.set(key, (edges.get(key) || 0) + 1);
    }
  }
  if (!nodes.size) return el("p", { class: "muted", text: "No actors in coded events." });
  const list = [...nodes.entries()].sort((x, y) => y[1] - x[1]).slice(0, 24);
  const W = 520, H = 360, cx = W / 2, cy = H / 2, r = Math.min(W, H) / 2 - 60;
  const pos = new Map();
  list.forEach(([k], i) => {
    const t = (2 * Math.PI * i) / list.length - Math.PI / 2;
    pos.set(k, [cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  });
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img", "aria-label": "Actor network" });
  for (const [key, n] of edges) {
    const [a, b] = key.split("\u0000");
    if (!pos.has(a) || !pos.has(b)) continue;
    const [x1, y1] = pos.get(a), [x2, y2] = pos.get(b);
    g.append(svg("line", { x1, y1, x2, y2, class: "edge", "stroke-width": Math.min(1 + n, 6) },
      svg("title", { text: `${a} – ${b}: ${n} events` })));
  }
  for (const [k, n] of list) {
    const [x, y] = pos.get(k);
    const link = svg("a", { href: actorHref(k) },
      svg("circle", { cx: x, cy: y, r: Math.min(4 + 2 * n, 14), class: "node" }),
      svg("text", { x: x + (x < cx ? -8 : 8), y: y + 4, "text-anchor": x < cx ? "end" : "start", class: "node-label", text: k }));
    g.append(link);
  }
  return g;
}

function worldMap(places) {
  const g = svg("svg", { viewBox: "0 0 360 180", class: "map", role: "img", "aria-label": "Map of places" });
  for (let lon = -150; lon <= 150; lon += 30) g.append(svg("line", { x1: lon + 180, y1: 0, x2: lon + 180, y2: 180, class: "grat" }));
  for (let lat = -60; lat <= 60; lat += 30) g.append(svg("line", { x1: 0, y1: 90 - lat, x2: 360, y2: 90 - lat, class: "grat" }));
  if (window.LEDE_WORLD) g.append(svg("path", { d: window.LEDE_WORLD, class: "land" }));
  const seen = new Set();
  for (const p of places) {
    if (p.lat === null || p.lon === null || p.lat === undefined) continue;
    const key = p.name + "|" + p.country;
    if (seen.has(key)) continue;
    seen.add(key);
    const x = p.lon + 180, y = 90 - p.lat;
    g.append(svg("circle", { cx: x, cy: y, r: 1.6, class: "place" }, svg("title", { text: `${p.name} (${p.country || "?"})` })));
    g.append(svg("text", { x: x + 2, y: y + 1, class: "place-label", text: p.name }));
  }
  return g;
}

/// The text with bytes [start, end) wrapped in <mark>: API offsets are UTF-8 bytes.
function highlighted(text, start, end) {
  const box = el("div", { class: "article-text" });
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  if (start === undefined || !(start >= 0 && end <= bytes.length && start < end)) {
    box.textContent = text;
    return box;
  }
  box.append(dec.decode(bytes.slice(0, start)),
    el("mark", { class: "highlight", id: "highlight", text: dec.decode(bytes.slice(start, end)) }),
    dec.decode(bytes.slice(end)));
  return box;
}

function storyView(title, subtitle, articles, hl) {
  const events = articles.flatMap(a => a.events);
  const quotes = articles.flatMap(a => a.quotes);
  const places = articles.flatMap(a => a.places);
  const parts = [el("h1", { text: title }), el("p", { class: "muted", text: subtitle })];
  parts.push(el("div", { class: "grid" },
    el("section", {}, el("h2", { text: "Timeline" }), timeline(events)),
    el("section", {}, el("h2", { text: "Quotes by speaker" }), quotesBySpeaker(quotes))));
  parts.push(el("div", { class: "grid" },
    el("section", {}, el("h2", { text: "Actor network" }), network(events)),
    el("section", {}, el("h2", { text: "Places" }), worldMap(places))));
  for (const a of articles) {
    const here = hl && hl.article === a.id ? hl : {};
    parts.push(el("section", { class: "article" },
      el("h2", {}, a.title || a.id, " ", el("span", { class: "muted", text: a.date || "" })),
      a.url ? el("p", {}, el("a", { href: a.url, rel: "noreferrer noopener", text: a.url })) : null,
      highlighted(a.text, here.start, here.end)));
  }
  main.replaceChildren(...parts);
  const mark = document.getElementById("highlight");
  if (mark) mark.scrollIntoView({ block: "center" });
}

async function articlePage(id, query) {
  const a = await api("/api/v1/articles/" + enc(id));
  let hl = null;
  const m = /^(\d+)-(\d+)$/.exec(query.get("hl") || "");
  if (m) hl = { article: a.id, start: +m[1], end: +m[2] };
  storyView(a.title || a.id, `${a.date || "undated"} · ${a.source || a.origin} · ${a.events.length} events · ${a.quotes.length} quotes`, [a], hl);
}

async function storyPage(id) {
  const s = await api("/api/v1/stories/" + enc(id));
  const articles = await Promise.all((s.articles || []).map(a => api("/api/v1/articles/" + enc(a))));
  storyView(s.title || s.id, `${s.breaking ? "BREAKING · " : ""}${articles.length} reports · ${s.first_seen || ""} – ${s.last_seen || ""}`, articles, null);
}

// ---- an actor: what it did, what was done to it, what it said, with whom ----
async function actorPage(key) {
  const [events, quotes] = await Promise.all([
    api("/api/v1/events?order=desc&limit=200&actor=" + enc(key)),
    api("/api/v1/quotes?limit=200&actor=" + enc(key)),
  ]);
  main.replaceChildren(
    el("h1", { text: key }),
    el("p", { class: "muted", text: `${events.data.length}${events.next ? "+" : ""} events · ${quotes.data.length}${quotes.next ? "+" : ""} quotes` }),
    el("div", { class: "grid" },
      el("section", {}, el("h2", { text: "Events, newest first" }),
        events.data.length ? el("ul", { class: "list timeline" }, events.data.map(eventItem)) : el("p", { class: "muted", text: "None." })),
      el("section", {}, el("h2", { text: "Network" }), network(events.data),
        el("h2", { text: "Quotes" }), quotesBySpeaker(quotes.data))));
}

async function eventsPage() {
  const events = await api("/api/v1/events?order=desc&limit=100");
  main.replaceChildren(el("h1", { text: "Latest events" }),
    el("ul", { class: "list timeline" }, events.data.map(eventItem)));
}

async function actorsPage() {
  const actors = await api("/api/v1/actors?limit=200");
  main.replaceChildren(el("h1", { text: "Actors" }),
    el("ul", { class: "list" }, actors.data.map(a => el("li", {},
      el("a", { href: actorHref(a.name || a.code), text: a.name || a.code }), " ",
      a.code ? el("span", { class: "code", text: a.code }) : null,
      el("span", { class: "muted", text: ` · ${a.kind} · ${a.articles} articles · ${a.mentions} mentions` })))));
}

async function searchPage(q) {
  const r = await api("/api/v1/search?limit=50&q=" + enc(q));
  main.replaceChildren(el("h1", { text: `Search: ${q}` }),
    r.data.length ? el("ul", { class: "list" }, r.data.map(a => el("li", {},
      el("a", { href: articleHref(a.id), text: a.title || a.id }),
      el("div", { class: "muted", text: a.snippet || "" })))) : el("p", { class: "muted", text: "No match." }));
}

async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, qs] = hash.split("?");
  const query = new URLSearchParams(qs || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  try {
    if (parts.length === 0) await home();
    else if (parts[0] === "article" && parts[1]) await articlePage(parts[1], query);
    else if (parts[0] === "story" && parts[1]) await storyPage(parts[1]);
    else if (parts[0] === "actor" && parts[1]) await actorPage(parts[1]);
    else if (parts[0] === "events") await eventsPage();
    else if (parts[0] === "actors") await actorsPage();
    else if (parts[0] === "search") await searchPage(query.get("q") || "");
    else main.replaceChildren(el("p", { class: "error", text: "No such page." }));
  } catch (err) {
    failure(err);
  }
  document.body.dataset.ready = hash;
}

document.getElementById("search").addEventListener("submit", ev => {
  ev.preventDefault();
  const q = new FormData(ev.target).get("q");
  if (q) location.hash = "#/search?q=" + enc(q);
});
window.addEventListener("hashchange", route);
route();

// ---- live: story alerts from the event stream; the story list refreshes itself ----
if (window.EventSource) {
  const alerts = document.getElementById("alerts");
  const stream = new EventSource("/api/v1/events/stream");
  stream.addEventListener("story", ev => {
    let a;
    try { a = JSON.parse(ev.data); } catch (_) { return; }
    const what = { new: "New story", grew: "Story grew", breaking: "BREAKING", calm: "No longer breaking", changed: "Story updated" }[a.change] || "Story updated";
    alerts.prepend(el("p", { class: a.breaking ? "alert breaking" : "alert" },
      el("strong", { text: what + ": " }),
      el("a", { href: "#/story/" + enc(a.id), text: a.title || a.id }),
      el("span", { class: "muted", text: ` · ${a.articles} reports` })));
    while (alerts.children.length > 5) alerts.lastChild.remove();
    if ((location.hash.replace(/^#/, "") || "/") === "/") route();
  });
}
