import { unreachable } from "../protocol/never.ts";
import { tFcn, tModel, tRecord, tSeq, tSet, valuesEqual, type TValue } from "./value.ts";

/**
 * The JSON encoding of TLA+ values in traces (docs/trace-format.md, "Values"):
 *
 * | TLA+                         | JSON                                   |
 * |------------------------------|----------------------------------------|
 * | integer                      | number (an integer in the safe range)  |
 * | string                       | string                                 |
 * | BOOLEAN                      | true / false                           |
 * | model value a1               | {"$model": "a1"}                       |
 * | set {1, 2}                   | {"$set": [1, 2]}                       |
 * | function (a1 :> 0 @@ a2 :> 1)| {"$fcn": [[{"$model":"a1"}, 0], ...]}  |
 * | record [type |-> "1a"]       | {"type": "1a"} (a plain object)        |
 * | sequence / tuple <<1, 2>>    | [1, 2]                                 |
 *
 * Keys starting with "$" are reserved for the tagged forms, so a plain object is always a record.
 */
export type JsonValue = number | string | boolean | null | readonly JsonValue[] | { readonly [k: string]: JsonValue };

export function encodeValue(v: TValue): JsonValue {
  switch (typeof v) {
    case "number":
      if (!Number.isSafeInteger(v)) throw new RangeError(`cannot encode ${v}: trace integers are safe integers`);
      return v;
    case "string":
    case "boolean":
      return v;
    default:
      switch (v.kind) {
        case "model":
          return { $model: v.name };
        case "set":
          return { $set: v.elems.map(encodeValue) };
        case "fcn":
          return { $fcn: v.entries.map(([k, x]) => [encodeValue(k), encodeValue(x)]) };
        case "record": {
          const out: Record<string, JsonValue> = {};
          for (const [k, x] of Object.entries(v.fields)) out[k] = encodeValue(x);
          return out;
        }
        case "seq":
          return v.elems.map(encodeValue);
        default:
          return unreachable(v);
      }
  }
}

export type ValuePath = readonly (string | number)[];

export type DecodeResult = { readonly ok: true; readonly value: TValue } | { readonly ok: false; readonly path: ValuePath; readonly message: string };

class DecodeError extends Error {
  constructor(
    readonly path: ValuePath,
    message: string,
  ) {
    super(message);
  }
}

/** On failure, `path` leads from `json` to the culprit (e.g. ["$set", 0, "bal"]). */
export function decodeValue(json: unknown): DecodeResult {
  try {
    return { ok: true, value: decode(json, []) };
  } catch (e) {
    if (e instanceof DecodeError) return { ok: false, path: e.path, message: e.message };
    throw e;
  }
}

/** `prefix` followed by a path in JavaScript notation: event.params.a.$model, msgs[0]. */
export function formatValuePath(prefix: string, path: ValuePath): string {
  let out = prefix;
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out;
}

function describe(json: unknown): string {
  if (json === null) return "null";
  if (Array.isArray(json)) return "an array";
  if (typeof json === "object") return "an object";
  return `${typeof json} ${JSON.stringify(json)}`;
}

function decode(json: unknown, path: ValuePath): TValue {
  switch (typeof json) {
    case "number":
      if (!Number.isInteger(json)) throw new DecodeError(path, `${json} is not an integer (TLA+ values in traces are integers, strings, booleans, model values, sets, functions, records and sequences)`);
      if (!Number.isSafeInteger(json)) throw new DecodeError(path, `${json} is outside the safe integer range (|n| <= 2^53 - 1)`);
      return json;
    case "string":
    case "boolean":
      return json;
    case "object":
      if (json === null) throw new DecodeError(path, "null is not a TLA+ value");
      if (Array.isArray(json)) return tSeq(json.map((x, i) => decode(x, [...path, i])));
      return decodeObject(json as Record<string, unknown>, path);
    default:
      throw new DecodeError(path, `${describe(json)} is not a TLA+ value`);
  }
}

function decodeObject(obj: Record<string, unknown>, path: ValuePath): TValue {
  const keys = Object.keys(obj);
  const tagged = keys.filter((k) => k.startsWith("$"));
  if (tagged.length > 0) {
    if (keys.length !== 1) {
      throw new DecodeError(path, `an object with "${tagged[0]}" must have no other key, found ${keys.map((k) => `"${k}"`).join(", ")}`);
    }
    const tag = keys[0]!;
    const body = obj[tag];
    switch (tag) {
      case "$model":
        if (typeof body !== "string" || body.length === 0) throw new DecodeError([...path, "$model"], `a model value's name must be a non-empty string, got ${describe(body)}`);
        return tModel(body);
      case "$set": {
        if (!Array.isArray(body)) throw new DecodeError([...path, "$set"], `expected an array of elements, got ${describe(body)}`);
        const elems = body.map((x, i) => decode(x, [...path, "$set", i]));
        return tSet(elems);
      }
      case "$fcn":
        return decodeFunction(body, [...path, "$fcn"]);
      default:
        throw new DecodeError(path, `unknown tag "${tag}" (expected "$model", "$set" or "$fcn"; plain records cannot have keys starting with "$")`);
    }
  }
  if (keys.length === 0) throw new DecodeError(path, "an empty object is not a value: a record has at least one field (the empty sequence is [])");
  const fields: Record<string, TValue> = {};
  for (const k of keys) fields[k] = decode(obj[k], [...path, k]);
  return tRecord(fields);
}

function decodeFunction(body: unknown, path: ValuePath): TValue {
  if (!Array.isArray(body)) throw new DecodeError(path, `expected an array of [key, value] pairs, got ${describe(body)}`);
  const entries: [TValue, TValue][] = [];
  for (const [i, pair] of body.entries()) {
    if (!Array.isArray(pair) || pair.length !== 2) throw new DecodeError([...path, i], `expected a [key, value] pair, got ${describe(pair)}`);
    const k = decode(pair[0], [...path, i, 0]);
    if (entries.some(([e]) => valuesEqual(e, k))) throw new DecodeError([...path, i, 0], "this key appears twice in the function");
    entries.push([k, decode(pair[1], [...path, i, 1])]);
  }
  return tFcn(entries);
}
