#!/usr/bin/env node
// npm run content:compact-cues: rewrites the urgency cue lists of content/lang/*.json so that
// phrases differing in one word become one line with alternatives ("he|she|someone is outside").
// The set of phrases the detector sees is exactly the same; the lists get short and readable, and
// the urgent.<locale>.json chunks small. Run it after adding generated cue families.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {root} from './engine-harness.mjs';

const LOCALES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt'];

/** A phrase as slots of alternative words. */
const parse = (phrase) =>
  phrase
    .trim()
    .split(/\s+/)
    .map((slot) => slot.split('|'));
const show = (slots) => slots.map((slot) => slot.join('|')).join(' ');

/** Merges phrases that are the same but for one slot, slot by slot, until nothing merges. */
export function compactPhrases(phrases) {
  let current = [...new Set(phrases.map((phrase) => show(parse(phrase))))].map(parse);
  for (let changed = true; changed;) {
    changed = false;
    const longest = Math.max(0, ...current.map((slots) => slots.length));
    for (let at = 0; at < longest; at++) {
      const groups = new Map();
      for (const slots of current) {
        const key =
          slots.length > at
            ? `${slots.length}\u0000${show(slots.map((slot, i) => (i === at ? ['\u0001'] : slot)))}`
            : `\u0002${show(slots)}`;
        const group = groups.get(key);
        if (!group) groups.set(key, [slots]);
        else group.push(slots);
      }
      const next = [];
      for (const group of groups.values()) {
        if (group.length === 1) {
          next.push(group[0]);
          continue;
        }
        const merged = group[0].map((slot) => [...slot]);
        merged[at] = [...new Set(group.flatMap((slots) => slots[at]))];
        next.push(merged);
        changed = true;
      }
      current = next;
    }
  }
  return current.map(show);
}

/** Every plain phrase a list stands for (for checking that compaction changed nothing). */
export function expandPhrases(phrases) {
  const out = new Set();
  for (const phrase of phrases) {
    let partial = [''];
    for (const slot of parse(phrase)) {
      partial = partial.flatMap((head) => slot.map((word) => (head ? `${head} ${word}` : word)));
    }
    partial.forEach((p) => out.add(p));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const locale of LOCALES) {
    const file = join(root, 'content/lang', `${locale}.json`);
    const text = readFileSync(file, 'utf8');
    const profile = JSON.parse(text);
    const before = {};
    for (const [kind, phrases] of Object.entries(profile.urgent)) {
      const compacted = compactPhrases(phrases);
      const [a, b] = [expandPhrases(phrases), expandPhrases(compacted)];
      if (a.size !== b.size || [...a].some((p) => !b.has(p))) {
        throw new Error(`${locale}.${kind}: compaction changed the phrases`);
      }
      before[kind] = `${phrases.length} → ${compacted.length}`;
      profile.urgent[kind] = compacted;
    }
    writeFileSync(file, JSON.stringify(profile, null, 2) + (text.endsWith('\n') ? '\n' : ''));
    console.log(
      `${locale}: ${Object.entries(before)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
}
