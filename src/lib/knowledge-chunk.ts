import type {CompiledLocaleKnowledge, LocaleKnowledge, Source} from './types.js';

/** Joins a shipped locale chunk with the sources it names; an unknown id is left out. */
export function resolveSources(
  chunk: CompiledLocaleKnowledge,
  sources: Readonly<Record<string, Source>>,
): LocaleKnowledge {
  return {
    ...chunk,
    entries: chunk.entries.map((entry) => ({
      ...entry,
      sources: entry.sources.flatMap((id) => (sources[id] ? [sources[id]] : [])),
    })),
  };
}
