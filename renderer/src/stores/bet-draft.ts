import { create } from 'zustand';
import type { BetDraft } from '../../../shared/domain/bet-draft';
import { useUiStore } from './ui';

interface BetDraftState {
  /** Drafts waiting for the bet form (a surebet logs one per leg). */
  drafts: BetDraft[];
  /** Hands drafts to the bet form and opens the Bets page. */
  logBets(drafts: BetDraft[]): void;
  /** The bet form takes the drafts it shows. */
  take(): BetDraft[];
}

export const useBetDraftStore = create<BetDraftState>()((set, get) => ({
  drafts: [],
  logBets(drafts) {
    set({ drafts });
    useUiStore.getState().setPage('bets');
  },
  take() {
    const d = get().drafts;
    set({ drafts: [] });
    return d;
  },
}));
