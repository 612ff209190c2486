import type { Problem } from '../domain/problem';

/** Problems as plain data for table-driven assertions: the fix by its label. */
export const brief = (problems: Problem[]) =>
  problems.map(({ field, severity, message, fix }) => ({
    field,
    severity,
    message,
    fix: fix?.label,
  }));
