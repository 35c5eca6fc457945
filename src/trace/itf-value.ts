import { unreachable } from "../protocol/never.ts";
import type { JsonValue } from "./json-value.ts";
import { tFcn, tModel, tRecord, tSeq, tSet, type TValue } from "./value.ts";

/**
 * Values in the Informal Trace Format (ITF) of Apalache and Quint
 * (https://apalache-mc.org/docs/adr/015adr-trace.html):
 *
 * | TLA+              | ITF                                   |
 * |-------------------|---------------------------------------|
 * | integer           | {"#bigint": "42"} (a plain JSON integer is accepted on import) |
 * | string, boolean   | JSON string, boolean                  |
 * | model value a1    | "a1_OF_MODEL" (Apalache's name_OF_TYPE form for uninterpreted values) |
 * | set               | {"#set": [...]}                       |
 * | function          | {"#map": [[k, v], ...]}               |
 * | record            | a JSON object                         |
 * | sequence          | a JSON array ({"#tup": [...]} is accepted on import; {} reads as <<>>) |
 *
 * On import, any string of the form name_OF_TYPE is an uninterpreted value: `x_OF_MODEL`
 * becomes the model value `x`; other types keep the whole string as the model value's name.
 */
const MODEL_SUFFIX = "_OF_MODEL";
const UNINTERPRETED = /^.+_OF_[A-Z][A-Z0-9_]*$/;

export function toItfValue(v: TValue): JsonValue {
  switch (typeof v) {
    case "number":
      return { "#bigint": String(v) };
    case "string":
    case "boolean":
      return v;
    default:
      switch (v.kind) {
        case "model":
          return UNINTERPRETED.test(v.name) ? v.name : `${v.name}${MODEL_SUFFIX}`;
        case "set":
          return { "#set": v.elems.map(toItfValue) };
        case "fcn":
          return { "#map": v.entries.map(([k, x]) => [toItfValue(k), toItfValue(x)]) };
        case "record": {
          const out: Record<string, JsonValue> = {};
          for (const [k, x] of Object.entries(v.fields)) out[k] = toItfValue(x);
          return out;
        }
        case "seq":
          return v.elems.map(toItfValue);
        default:
          return unreachable(v);
      }
  }
}

export class ItfValueError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function asInteger(text: string, path: string): number {
  if (!/^-?[0-9]+$/.test(text)) throw new ItfValueError(path, `"#bigint" must hold decimal digits, got ${JSON.stringify(text)}`);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new ItfValueError(path, `${text} is outside the safe integer range this harness supports`);
  return n;
}

/** An ITF value as a trace value; throws ItfValueError with the JSON path of the culprit. */
export function fromItfValue(json: unknown, path: string): TValue {
  if (typeof json === "boolean") return json;
  if (typeof json === "string") {
    if (json.endsWith(MODEL_SUFFIX) && json.length > MODEL_SUFFIX.length) return tModel(json.slice(0, -MODEL_SUFFIX.length));
    return UNINTERPRETED.test(json) ? tModel(json) : json;
  }
  if (typeof json === "number") {
    if (!Number.isSafeInteger(json)) throw new ItfValueError(path, `${json} is not a safe integer`);
    return json;
  }
  if (Array.isArray(json)) return tSeq(json.map((x, i) => fromItfValue(x, `${path}[${i}]`)));
  if (json === null || typeof json !== "object") throw new ItfValueError(path, `${JSON.stringify(json)} is not an ITF value`);
  const obj = json as Record<string, unknown>;
  const keys = Object.keys(obj);
  const special = keys.find((k) => k.startsWith("#"));
  if (special !== undefined) {
    if (keys.length !== 1) throw new ItfValueError(path, `an object with "${special}" must have no other key`);
    const body = obj[special];
    switch (special) {
      case "#bigint":
        if (typeof body !== "string") throw new ItfValueError(`${path}.#bigint`, "must be a string of digits");
        return asInteger(body, `${path}.#bigint`);
      case "#set":
      case "#tup": {
        if (!Array.isArray(body)) throw new ItfValueError(`${path}.${special}`, "must be an array");
        const elems = body.map((x, i) => fromItfValue(x, `${path}.${special}[${i}]`));
        return special === "#set" ? tSet(elems) : tSeq(elems);
      }
      case "#map": {
        if (!Array.isArray(body)) throw new ItfValueError(`${path}.#map`, "must be an array of [key, value] pairs");
        return tFcn(
          body.map((pair, i) => {
            if (!Array.isArray(pair) || pair.length !== 2) throw new ItfValueError(`${path}.#map[${i}]`, "must be a [key, value] pair");
            return [fromItfValue(pair[0], `${path}.#map[${i}][0]`), fromItfValue(pair[1], `${path}.#map[${i}][1]`)] as const;
          }),
        );
      }
      case "#unserializable":
        throw new ItfValueError(path, `the trace holds a value its producer could not serialise (${JSON.stringify(body)})`);
      default:
        throw new ItfValueError(path, `unknown ITF form "${special}"`);
    }
  }
  // Quint writes its unit value (e.g. the payload of None) as {}: a function with an empty
  // domain, which TLA+ identifies with the empty sequence.
  if (keys.length === 0) return tSeq([]);
  const fields: Record<string, TValue> = {};
  for (const k of keys) fields[k] = fromItfValue(obj[k], `${path}.${k}`);
  return tRecord(fields);
}
