// ESLint formatter for scripts/lint: one line per problem,
//   path:line:col: error: message (rule)
// with the path relative to the working directory (the repository root), the
// form compilers print and editors jump to. ESLint 9 dropped its own "unix"
// formatter, which printed this.
import {relative} from 'node:path';

export default function format(results) {
  const lines = [];
  for (const {filePath, messages} of results) {
    for (const m of messages) {
      const severity = m.severity === 2 ? 'error' : 'warning';
      lines.push(`${relative(process.cwd(), filePath)}:${m.line ?? 0}:${m.column ?? 0}: ${severity}: ` +
          `${m.message} (${m.ruleId ?? 'eslint'})`);
    }
  }
  return lines.join('\n');  // ESLint adds the final newline
}
