// Reader-facing name of each claim kind (cards, the ruler, announcements).
import { byKind } from '../claim-kinds';

export const KIND_LABELS = byKind((r) => r.label);
