// The one shape every server action returns; forms map fieldErrors onto their fields.
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      message: string;
      fieldErrors?: Record<string, string>;
      /** Set when someone else saved first: who and when (ISO time). */
      conflict?: { changedBy: string | null; changedAt: string };
    };
