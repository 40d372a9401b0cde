/**
 * The DOM-free answer engine: usable from the browser and from Node.
 * @module
 */
export * from './answer-engine.js';
export * from './help-contacts.js';
export * from './knowledge-chunk.js';
export * from './language-detection.js';
export * from './local-content.js';
export * from './locale-searcher.js';
export * from './normalize.js';
export * from './search-index.js';
export * from './types.js';
export * from './urgency.js';
export * from './urgency-model.js';
export * from './word-matcher.js';
export * from './voice.js';
