import type { TValue } from "../trace/value.ts";
import { bool, fcnOf, int, recordOf, setOf, str, tupleOf, type Value } from "../tla/values/index.ts";
import type { ModelValueTable } from "./model-values.ts";

/**
 * Trace values (src/trace/value.ts) as engine values. This is where TLA+'s identifications
 * happen: a `$fcn` on 1..n becomes a tuple and one on strings a record, exactly as the spec's
 * own values are normalised, so equality and fingerprints agree with the spec's states.
 * May throw the evaluation ProblemError of the values layer (a key given twice).
 */
export function toValue(t: TValue, models: ModelValueTable): Value {
  switch (typeof t) {
    case "number":
      return int(t);
    case "string":
      return str(t);
    case "boolean":
      return bool(t);
    default:
      switch (t.kind) {
        case "model":
          return models.get(t.name);
        case "set":
          return setOf(t.elems.map((e) => toValue(e, models)));
        case "seq":
          return tupleOf(t.elems.map((e) => toValue(e, models)));
        case "record": {
          const fields = Object.keys(t.fields);
          return recordOf(
            fields,
            fields.map((f) => toValue(t.fields[f]!, models)),
          );
        }
        case "fcn":
          return fcnOf(
            t.entries.map(([k]) => toValue(k, models)),
            t.entries.map(([, v]) => toValue(v, models)),
          );
      }
  }
}
