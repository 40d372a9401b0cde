import {expect} from '@open-wc/testing';
import {AnswerEngine, truncateMessage, MAX_MESSAGE_LENGTH} from './answer-engine.js';
import type {ReferenceData} from './help-contacts.js';
import {contactsFor, regionOfLanguageTag, telUrl} from './help-contacts.js';
import {LanguageDetector} from './language-detection.js';
import {expandSpellings, fold, foldWords} from './normalize.js';
import {withinOneEdit} from './edit-distance.js';
import {resolveSources} from './knowledge-chunk.js';
import {ParentVoice} from './voice.js';
import {stemSimilarity, WordMatcher} from './word-matcher.js';
import {shoutsCueWord, isUrgentSignal, UrgencyDetector} from './urgency.js';
import {
  combinedProbability,
  urgencyFeatures,
  wordProbability,
  type UrgencyModel,
} from './urgency-model.js';
import {SUPPORTED_LOCALES, type LocaleKnowledge, type UrgentCues} from './types.js';

async function loadEngine(): Promise<{engine: AnswerEngine; reference: ReferenceData}> {
  const reference = (await (await fetch('/dist/content/reference.json')).json()) as ReferenceData;
  const engine = new AnswerEngine(reference.languages);
  for (const locale of SUPPORTED_LOCALES) {
    engine.addKnowledge(
      (await (await fetch(`/dist/content/kb.${locale}.json`)).json()) as LocaleKnowledge,
    );
    engine.addUrgentCues(
      locale,
      (await (await fetch(`/dist/content/urgent.${locale}.json`)).json()) as UrgentCues,
    );
  }
  return {engine, reference};
}

describe('normalisation', () => {
  it('folds case, diacritics and letters NFD keeps', () => {
    expect(fold('Ça m’ÉNERVE, Łódź, Straße, Ørsted')).to.equal(
      'ca m’enerve, lodz, strasse, orsted',
    );
  });
  it('shortens stretched letters and splits on punctuation', () => {
    expect(foldWords("pleeeease j'ai peur!!")).to.deep.equal(['pleease', 'j', 'ai', 'peur']);
  });
  it('expands chat spellings into words', () => {
    expect(expandSpellings(['jsuis', 'la'], {jsuis: 'je suis'})).to.deep.equal([
      'je',
      'suis',
      'la',
    ]);
  });
  it('accepts one edit, not two', () => {
    expect(withinOneEdit('grooming', 'groming')).to.be.true;
    expect(withinOneEdit('threat', 'thraet')).to.be.true;
    expect(withinOneEdit('threat', 'thrat')).to.be.true;
    expect(withinOneEdit('threat', 'trhaet')).to.be.false;
  });
});

describe('word matching', () => {
  it('reads two words as forms of one when only their endings differ', () => {
    expect(stemSimilarity('robloxie', 'roblox')).to.equal(6 / 8);
    expect(stemSimilarity('szkoly', 'szkola')).to.equal(5 / 6);
    expect(stemSimilarity('what', 'whatsapp')).to.equal(0);
    expect(stemSimilarity('meeting', 'meetup')).to.equal(0);
  });
  it('matches an inflected word to its dictionary form, and a known word to its other forms a little less', () => {
    const matcher = new WordMatcher(['roblox', 'tiktok', 'tiktoku', 'what', 'whatsapp']);
    const [robloxie] = matcher.match('robloxie');
    expect(robloxie.term).to.equal('roblox');
    expect(robloxie.similarity).to.be.at.least(0.7);
    const tiktoku = matcher.match('tiktoku');
    expect(tiktoku[0]).to.deep.equal({term: 'tiktoku', similarity: 1});
    expect(tiktoku.map((match) => match.term)).to.include('tiktok');
    expect(tiktoku[1].similarity).to.be.below(1);
    expect(matcher.match('what')).to.deep.equal([{term: 'what', similarity: 1}]);
  });
  it('matches numbers exactly: a phone number with another digit is another number', () => {
    const matcher = new WordMatcher(['116111', '112', '12', '2012']);
    expect(matcher.match('116112')).to.deep.equal([]);
    expect(matcher.match('120')).to.deep.equal([]);
    expect(matcher.match('2013')).to.deep.equal([]);
    expect(matcher.match('112')).to.deep.equal([{term: '112', similarity: 1}]);
  });
  it('answers a Polish question naming platforms in the locative case', async () => {
    const {engine} = await loadEngine();
    const response = engine.ask('czy groomerzy są na robloxie i tiktoku', {locale: 'pl'});
    expect(response.kind).to.equal('answer');
    expect(response.ids[0]).to.equal('grooming.platforms');
  });
});

describe('language detection', () => {
  it('keeps the UI locale for short or mixed messages and switches when another language is clear', async () => {
    const {reference} = await loadEngine();
    const detector = new LanguageDetector(reference.languages);
    expect(detector.detect(foldWords('grooming?'), 'fr')).to.equal('fr');
    expect(detector.detect(foldWords('wie kann ich das bei der Polizei melden'), 'en')).to.equal(
      'de',
    );
    expect(
      detector.detect(foldWords('what is the alliance and who are the members'), 'pl'),
    ).to.equal('en');
  });
});

describe('parent voice', () => {
  it('hears a parent naming their own child, word for word', () => {
    const voice = new ParentVoice(['my daughter', 'mon fils']);
    expect(voice.speaksIn(foldWords('a man keeps messaging my daughter'))).to.be.true;
    expect(voice.speaksIn(foldWords('MON FILS a 12 ans'))).to.be.true;
    expect(voice.speaksIn(foldWords('my daughters friend'))).to.be.false;
    expect(voice.speaksIn(foldWords('a man keeps messaging me'))).to.be.false;
    expect(new ParentVoice().speaksIn(foldWords('my daughter'))).to.be.false;
  });
  it("ranks the adults' advice first for a parent, the children's for a child", async () => {
    const {engine} = await loadEngine();
    const parent = engine.ask(
      'un homme demande à ma fille de garder leurs conversations secrètes, que faire',
      {locale: 'fr'},
    );
    expect(parent.ids[0]).to.equal('grooming.parent_help');
    const child = engine.ask(
      'un homme me demande de garder nos conversations secrètes, que faire',
      {
        locale: 'fr',
      },
    );
    expect(child.ids[0]).to.equal('grooming.child_help');
  });
});

describe('urgency model', () => {
  // A hand-made model, so that each rule of the decision is visible in the weights.
  const model: UrgencyModel = {
    wordBias: -1,
    words: {he: 2, what: -3, if_someone: -2, '!!': 1},
    combine: {bias: 0, wordLogit: 1, cues: {danger: 1, past: -5}},
    threshold: 0.5,
    wordsAloneThreshold: 0.6,
  };
  const cues = {
    acute: ['want to die'],
    danger: ['post my pics'],
    now: [],
    distress: [],
    past: ['last year'],
  };
  const urgent = (text: string, withModel = true) =>
    new UrgencyDetector(withModel ? {...cues, model} : cues).isUrgent(foldWords(text), text);

  it('turns words into words, word starts, word pairs and punctuation features', () => {
    expect(urgencyFeatures(['he', 'is', 'outside'], 'he is outside!!')).to.have.members([
      'he',
      'is',
      'outside',
      'outs*',
      'he_is',
      'is_outside',
      '!!',
    ]);
    expect(urgencyFeatures([], 'why?')).to.deep.equal(['?$']);
  });
  it('adds the word log-odds and the cue weights', () => {
    expect(wordProbability(model, ['he'])).to.be.closeTo(1 / (1 + Math.exp(-1)), 1e-9);
    // Words that are also Object.prototype keys weigh nothing, like any unknown word.
    expect(wordProbability(model, ['constructor', '__proto__', 'toString'])).to.be.closeTo(
      1 / (1 + Math.exp(1)),
      1e-9,
    );
    expect(combinedProbability(model, 0.5, ['danger'])).to.be.closeTo(1 / (1 + Math.exp(-1)), 1e-9);
    expect(combinedProbability(model, 0.5, ['danger', 'past'])).to.be.below(0.05);
  });
  it('catches a threat without a time word that the cue rule alone misses', () => {
    expect(urgent('he will post my pics', false)).to.be.false;
    expect(urgent('he will post my pics')).to.be.true;
  });
  it('lets calm wording outweigh a danger cue, and a story told as past', () => {
    expect(urgent('what if someone wants to post my pics')).to.be.false;
    expect(urgent('last year he said he would post my pics')).to.be.false;
  });
  it('needs a cue or strong words: unknown or empty text is never urgent', () => {
    expect(urgent('')).to.be.false;
    expect(urgent('🙂 hello there')).to.be.false;
    expect(urgent('he')).to.be.true;
  });
  it('never lets the words overrule an acute cue', () => {
    expect(urgent('what if i want to die')).to.be.true;
  });
  it('catches threats without a time word in the shipped model too', async () => {
    const {engine} = await loadEngine();
    expect(engine.ask("he says he'll post my pictures", {locale: 'en'}).urgent).to.be.true;
    expect(engine.ask('er sagt er schickt meine fotos an alle', {locale: 'de'}).urgent).to.be.true;
    expect(engine.ask('what happens if someone shares my photos?', {locale: 'en'}).urgent).to.be
      .false;
    expect(engine.ask('recipe for pancakes', {locale: 'en'}).urgent).to.be.false;
  });
});

describe('urgency', () => {
  it('recognises a short message in another language by its marker words', async () => {
    const {engine} = await loadEngine();
    const response = engine.ask('ik wil niet meer leven', {locale: 'en'});
    expect(response.detectedLang).to.equal('nl');
    expect(response.urgent).to.be.true;
    expect(engine.ask('i want to talk to someone', {locale: 'en'}).detectedLang).to.equal('en');
  });
  it('flags danger now, threats and self-harm, in several languages, with typos', async () => {
    const {engine} = await loadEngine();
    const urgent: Array<[string, 'en' | 'fr' | 'de' | 'es']> = [
      ['he says he will post my pictures tonight', 'en'],
      ['i want to kill myslef', 'en'],
      ['il est devant chez moi et il veut entrer, j ai peur', 'fr'],
      ['er droht meine Bilder heute Abend zu verschicken', 'de'],
      ['me quiero morir', 'es'],
    ];
    for (const [message, locale] of urgent) {
      expect(engine.ask(message, {locale}).urgent, message).to.be.true;
    }
  });
  it('does not flag calm questions that mention danger', async () => {
    const {engine} = await loadEngine();
    const calm: Array<[string, 'en' | 'fr' | 'de']> = [
      ['what number do I call if a child is in danger?', 'en'],
      ['what is sextortion', 'en'],
      ['how do groomers threaten children?', 'en'],
      ["c'est quoi la sextorsion ?", 'fr'],
      ['Was ist Grooming?', 'de'],
    ];
    for (const [message, locale] of calm) {
      expect(engine.ask(message, {locale}).urgent, message).to.be.false;
    }
  });
  it('combines cue kinds: danger or distress needs a sign of now', () => {
    const none = {
      acute: false,
      danger: false,
      repeatedDanger: false,
      now: false,
      distress: false,
      past: false,
    };
    expect(isUrgentSignal({...none, acute: true})).to.be.true;
    expect(isUrgentSignal({...none, acute: true, past: true})).to.be.true;
    expect(isUrgentSignal({...none, danger: true, repeatedDanger: true})).to.be.true;
    expect(isUrgentSignal({...none, danger: true, now: true, past: true})).to.be.false;
    expect(isUrgentSignal({...none, danger: true})).to.be.false;
    expect(isUrgentSignal({...none, danger: true, now: true})).to.be.true;
    expect(isUrgentSignal({...none, distress: true, now: true})).to.be.true;
    expect(isUrgentSignal({...none, now: true})).to.be.false;
  });
  it('matches cue phrases with one filler word between their words, not more', () => {
    const detector = new UrgencyDetector({
      acute: [],
      danger: ['send my pics to my family'],
      now: ['tonight'],
      distress: [],
    });
    const words = (text: string) => foldWords(text);
    expect(detector.isUrgent(words('he will send my pics to my family tonight'))).to.be.true;
    expect(detector.isUrgent(words('he will send my pics to my whole family tonight'))).to.be.true;
    expect(detector.isUrgent(words('he will send my pics to my whole big family tonight'))).to.be
      .false;
    expect(detector.isUrgent(words('he will send my pics to my family'))).to.be.false;
  });
  it('reads "a|b" in a cue phrase as alternatives for one word', () => {
    const detector = new UrgencyDetector({
      acute: ['he|someone is outside|downstairs', 'take all|my pill*'],
      danger: [],
      now: [],
      distress: [],
    });
    const urgent = (text: string) => detector.isUrgent(foldWords(text));
    expect(urgent('someone is downstairs')).to.be.true;
    expect(urgent('he is outside')).to.be.true;
    expect(urgent('i will take all the pills')).to.be.true;
    expect(urgent('she is outside')).to.be.false;
    expect(urgent('he is upstairs')).to.be.false;
  });
  it('lets a long cue word carry one typo, a prefix cue stand for its words, a short cue neither', () => {
    const detector = new UrgencyDetector({
      acute: ['threatening', 'suicid*', 'cut'],
      danger: [],
      now: [],
      distress: [],
    });
    expect(detector.isUrgent(['threatning'])).to.be.true;
    expect(detector.isUrgent(['suicidal'])).to.be.true;
    expect(detector.isUrgent(['cut'])).to.be.true;
    expect(detector.isUrgent(['cat'])).to.be.false;
    expect(detector.isUrgent(['suicdal'])).to.be.false;
  });
  it('reads cue words typed in capitals', () => {
    expect(shoutsCueWord('come NOW', new Set(['now']))).to.be.true;
    expect(shoutsCueWord('what does INHOPE do', new Set(['now']))).to.be.false;
  });
  it('prefers the emergency number and the helpline to general advice for urgent messages', async () => {
    const {engine} = await loadEngine();
    const response = engine.ask(
      'the man from the chat just rang our doorbell, my daughter is home alone',
      {locale: 'en'},
    );
    expect(response.urgent).to.be.true;
    expect(response.ids[0]).to.equal('help.emergency');
  });
  it('answers an urgent message with an urgent-help topic first', async () => {
    const {engine} = await loadEngine();
    const response = engine.ask(
      'a man from the game is outside my house right now and i am scared',
      {locale: 'en'},
    );
    expect(response.urgent).to.be.true;
    expect([
      'help.emergency',
      'help.child_helpline',
      'images.sextortion',
      'grooming.child_help',
    ]).to.include(response.ids[0]);
  });
  it('answers a young person who wants to die or to hurt themselves with the child helpline first', async () => {
    const {engine} = await loadEngine();
    for (const [locale, message] of [
      ['en', 'i really dont want to be alive anymore'],
      ['fr', "j'ai envie de mourir, personne ne m'aime"],
      ['es', 'quiero hacerme daño y no sé qué hacer'],
    ] as const) {
      const response = engine.ask(message, {locale});
      expect(response.urgent, message).to.be.true;
      expect(response.ids[0], message).to.equal('help.child_helpline');
    }
  });
});

describe('answer, clarify, decline', () => {
  it('answers a clear question with the right topic, despite typos and no accents', async () => {
    const {engine} = await loadEngine();
    expect(engine.ask('what is grooming', {locale: 'en'})).to.include({kind: 'answer'});
    expect(engine.ask('what is grooming', {locale: 'en'}).ids[0]).to.equal('grooming.what');
    expect(engine.ask('quand a ete lancee l alliance mondiale', {locale: 'fr'}).ids[0]).to.equal(
      'alliance.launch',
    );
  });
  it('declines off-topic messages and gibberish', async () => {
    const {engine} = await loadEngine();
    for (const message of ['recipe for chocolate cake with strawberries', 'zzqv xqwk', '🙂']) {
      const response = engine.ask(message, {locale: 'en'});
      expect(response.kind, message).to.equal('decline');
      expect(response.ids).to.deep.equal([]);
    }
  });
  it('declines a message that matches only everyday words, however much of it they cover', async () => {
    const {engine} = await loadEngine();
    const response = engine.ask('tell me something funny about football', {locale: 'en'});
    expect(response.kind).to.equal('decline');
  });
  it('does not decline a long message whose few topic words are strong evidence', async () => {
    const {engine} = await loadEngine();
    const message =
      'Hello there, I am a journalist writing a long piece for our local newspaper this week and ' +
      'my editor asked me to check something: when exactly was the global alliance launched';
    const response = engine.ask(message, {locale: 'en'});
    // Most of the words are filler, so confidence is low; the topic words carry it.
    expect(response.confidence).to.be.below(0.3);
    expect(response.kind).not.to.equal('decline');
    expect(response.ids[0]).to.equal('alliance.launch');
  });
  it('offers candidates when two topics are equally close', () => {
    const engine = new AnswerEngine([
      {
        locale: 'en',
        name: 'English',
        stopwords: [],
        spellings: {},
        urgent: {acute: [], danger: [], now: [], distress: []},
      },
    ]);
    const entry = (id: string, title: string) => ({
      id,
      category: 'about',
      audience: 'all' as const,
      title,
      phrasings: [title],
      keywords: ['shared'],
      answer: '',
      links: [],
      related: [],
      sources: [],
      reviewed: '2026-01-01',
      status: 'source' as const,
    });
    engine.addKnowledge({
      locale: 'en',
      dir: 'ltr',
      entries: [entry('a.one', 'shared alpha'), entry('a.two', 'shared beta')],
    });
    const response = engine.ask('shared', {locale: 'en'});
    expect(response.kind).to.equal('clarify');
    expect(response.ids).to.have.members(['a.one', 'a.two']);
  });
  it('answers in the language the message is written in and says so', async () => {
    const {engine} = await loadEngine();
    const response = engine.ask('wie kann ich anonym etwas melden', {locale: 'en'});
    expect(response.lang).to.equal('de');
    expect(response.ids[0]).to.match(/^report\./);
  });
  it('truncates long input with a note and handles odd strings quickly', async () => {
    const {engine} = await loadEngine();
    expect(truncateMessage('a'.repeat(MAX_MESSAGE_LENGTH + 10)).text.length).to.equal(
      MAX_MESSAGE_LENGTH,
    );
    expect(truncateMessage('a'.repeat(MAX_MESSAGE_LENGTH - 1) + '😀').text).to.equal(
      'a'.repeat(MAX_MESSAGE_LENGTH - 1),
    );
    const started = performance.now();
    for (const odd of ['x'.repeat(100000), '\u0000\u202e\u200f', '😀😀😀', '', '\n\t']) {
      const response = engine.ask(odd, {locale: 'en'});
      expect(response.kind).to.be.oneOf(['answer', 'clarify', 'decline']);
    }
    expect(engine.ask('y'.repeat(600), {locale: 'en'}).truncated).to.be.true;
    expect(performance.now() - started).to.be.below(2000);
  });
});

describe('help contacts', () => {
  it('routes a country to its hotline, emergency number and helpline, and others to the explicit fallback', async () => {
    const {reference} = await loadEngine();
    const belgium = contactsFor(reference, 'be')!;
    expect(belgium.emergency?.dial_first).to.equal('112');
    expect(belgium.hotlines[0].report_url).to.match(/^https:\/\/childfocus\.be/);
    expect(belgium.fallback).to.be.false;
    const norway = contactsFor(reference, 'NO')!;
    expect(norway.hotlines).to.deep.equal([]);
    expect(norway.fallback).to.be.true;
    for (const country of Object.values(reference.countries)) {
      for (const hotline of country.hotlines) {
        for (const url of [hotline.report_url, hotline.website])
          if (url) expect(url).to.match(/^https:\/\//);
      }
    }
  });
  it('reads the region of a language tag and makes tel: links', () => {
    expect(regionOfLanguageTag('fr-BE')).to.equal('BE');
    expect(regionOfLanguageTag('fr')).to.equal(undefined);
    expect(telUrl('116 111')).to.equal('tel:116111');
    expect(telUrl('#163')).to.equal('tel:%23163');
  });
});

describe('prebuilt index', () => {
  it('answers exactly as the index built from the entries', async () => {
    const {engine, reference} = await loadEngine();
    const searcher = engine.searcher('fr')!;
    const shipped = JSON.parse(
      JSON.stringify({...searcher.knowledge, index: searcher.indexJSON()}),
    ) as LocaleKnowledge;
    const loaded = new AnswerEngine(reference.languages);
    loaded.addKnowledge(shipped);
    for (const message of [
      'comment signaler anonymement',
      'grooming c koi',
      'qui a lancé l alliance',
    ]) {
      expect(loaded.searcher('fr')!.search(message)).to.deep.equal(searcher.search(message));
    }
  });

  it('is ignored when it does not match the entries', async () => {
    const {engine, reference} = await loadEngine();
    const searcher = engine.searcher('en')!;
    const stale = {...searcher.knowledge, index: {ids: ['other'], terms: [], postings: []}};
    const loaded = new AnswerEngine(reference.languages);
    loaded.addKnowledge(stale);
    expect(loaded.searcher('en')!.search('what is grooming')[0].id).to.equal('grooming.what');
  });
});

describe('knowledge chunks', () => {
  it('joins the source ids of a shipped chunk with the shared sources', async () => {
    const reference = (await (await fetch('/dist/content/reference.json')).json()) as ReferenceData;
    const chunk = (await (await fetch('/dist/content/kb.en.json')).json()) as Parameters<
      typeof resolveSources
    >[0];
    expect(chunk.entries[0].sources[0]).to.be.a('string');
    const knowledge = resolveSources(chunk, reference.sources);
    expect(knowledge.entries.every((entry) => entry.sources.length > 0)).to.be.true;
    expect(knowledge.entries[0].sources[0]).to.include.keys('title', 'publisher', 'date');
    const partial = resolveSources(
      {locale: 'en', dir: 'ltr', entries: [{...chunk.entries[0], sources: ['nope']}]},
      reference.sources,
    );
    expect(partial.entries[0].sources).to.deep.equal([]);
  });
});
