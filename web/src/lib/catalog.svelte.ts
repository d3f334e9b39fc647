/** The pair index and the sidebar's view of it: search, category, feature filter and sort. */
import type { PairIndex, PairSummary } from '../../../server/api/contract.ts';
import type { ApiResult } from './api.ts';

export type SortOrder = 'name' | 'speedup';

export interface CategoryGroup {
  id: string;
  title: string;
  count: number;
  pairs: PairSummary[];
}

export class Catalog {
  index = $state<PairIndex | null>(null);
  error = $state<string | null>(null);
  query = $state('');
  feature = $state<string | null>(null);
  sort = $state<SortOrder>('name');

  #load: () => Promise<ApiResult<PairIndex>>;

  constructor(load: () => Promise<ApiResult<PairIndex>>) {
    this.#load = load;
  }

  /** Pairs matching the search and the feature filter, in the chosen order. */
  visible = $derived.by(() => {
    const pairs = this.index?.pairs ?? [];
    const terms = this.query.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = pairs.filter((pair) => {
      if (this.feature && !pair.features.includes(this.feature)) return false;
      const haystack = [pair.name, pair.category, pair.summary, ...pair.keywords].join(' ').toLowerCase();
      return terms.every((term) => haystack.includes(term));
    });
    return this.sort === 'speedup'
      ? matches.toSorted((a, b) => (b.speedup ?? -1) - (a.speedup ?? -1) || a.name.localeCompare(b.name))
      : matches.toSorted((a, b) => a.name.localeCompare(b.name));
  });

  /** The visible pairs under their categories; every category keeps its total count, empty ones are hidden. */
  groups = $derived.by((): CategoryGroup[] => {
    const categories = this.index?.categories ?? [];
    return categories
      .map((category) => ({
        id: category.id,
        title: category.title,
        count: category.count,
        pairs: this.visible.filter((pair) => pair.category === category.id),
      }))
      .filter((group) => group.pairs.length > 0);
  });

  filtering = $derived(this.query.trim() !== '' || this.feature !== null);

  async load(): Promise<void> {
    const result = await this.#load();
    if (result.ok) {
      this.index = result.value;
      this.error = null;
    } else {
      this.error = `The pair list could not be loaded: ${result.message}`;
    }
  }

  find(name: string): PairSummary | undefined {
    return this.index?.pairs.find((pair) => pair.name === name);
  }

  /** A new pair's name must be free in the dataset (drafts are checked by the caller). */
  isNameTaken(name: string): boolean {
    return this.find(name) !== undefined;
  }

  featureTitle(id: string): string {
    return this.index?.features.find((feature) => feature.id === id)?.title ?? id;
  }

  search(query: string): void {
    this.query = query;
  }

  filterByFeature(feature: string | null): void {
    this.feature = feature;
  }

  sortBy(order: SortOrder): void {
    this.sort = order;
  }
}
