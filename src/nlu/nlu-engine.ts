import { join } from 'node:path';
import { ProcedureSearch, type SearchResult } from '../catalog/search/procedure-search';
import type { SearchDocument } from '../catalog/search/search-document';
import { PROJECT_ROOT } from '../config/paths';
import { decideAnswer, type AnswerDecision } from './answer-decision';
import { extractEntities } from './entities/entity-extractor';
import { IntentClassifier } from './intent/intent-classifier';
import { Lexicon } from './lexicon';
import type { Entities, IntentPrediction } from './nlu.types';
import { QueryAnalyzer } from './query-analyzer';
import { Synonyms } from './synonyms';

export interface Understanding extends AnswerDecision {
  intent: IntentPrediction;
  entities: Entities;
  search: SearchResult;
}

export interface NluEngineOptions {
  documents: SearchDocument[];
  intentsDir?: string;
  /** Staff's published synonym list; default: intents/synonyms.yaml. */
  synonyms?: Synonyms;
}

/**
 * Understanding a message end to end: entities (dossier codes, phones), intent, procedure
 * search, and whether to answer, ask, or say the catalog has nothing.
 */
export class NluEngine {
  constructor(
    readonly search: ProcedureSearch,
    readonly analyzer: QueryAnalyzer,
    private readonly intents: IntentClassifier,
  ) {}

  static build({
    documents,
    intentsDir = join(PROJECT_ROOT, 'intents'),
    ...options
  }: NluEngineOptions): NluEngine {
    const synonyms = options.synonyms ?? Synonyms.fromFile(join(intentsDir, 'synonyms.yaml'));
    const search = new ProcedureSearch(documents, synonyms);
    const analyzer = new QueryAnalyzer(synonyms, new Lexicon(search.vocabulary(), synonyms.allTokens()));
    const intents = IntentClassifier.fromDirectory(intentsDir, (text) => analyzer.features(text));
    return new NluEngine(search, analyzer, intents);
  }

  /** Searches the catalog with a citizen's words. */
  searchText(text: string, limit = 10): SearchResult {
    return this.search.search(this.analyzer.analyze(text), limit);
  }

  understand(text: string): Understanding {
    const safe = typeof text === 'string' ? text.slice(0, 5000) : '';
    const entities = extractEntities(safe);
    const intent = this.intents.classify(safe);
    const search = this.searchText(safe, 10);
    const nameOf = (code: string) => this.search.document(code)?.name ?? '';
    return { intent, entities, search, ...decideAnswer(intent, entities, search, nameOf) };
  }
}
