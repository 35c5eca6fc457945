import { tFcn, tModel, tRecord, tSeq, tSet, type TValue } from "../trace/value.ts";
import { evalError, normalizeSet, isSetLike, printValue, type Value } from "../tla/values/index.ts";

/** Engine values as trace values: the inverse of ./to-value.ts, for writing traces of spec behaviours. */
export function fromValue(v: Value): TValue {
  switch (v.kind) {
    case "bool":
      return v.value;
    case "int":
      return v.value;
    case "string":
      return v.value;
    case "model":
      return tModel(v.name);
    case "tuple":
      return tSeq(v.elems.map(fromValue));
    case "record":
      return tRecord(Object.fromEntries(v.fields.map((f, i) => [f, fromValue(v.values[i]!)])));
    case "fcn":
      return tFcn(v.domain.map((d, i) => [fromValue(d), fromValue(v.values[i]!)] as const));
    case "operator":
      return evalError(`The operator ${v.name} is not a value a trace can hold.`);
    default:
      if (isSetLike(v)) return tSet(normalizeSet(v).elems.map(fromValue));
      return evalError("This value cannot be written in a trace:", printValue(v));
  }
}
