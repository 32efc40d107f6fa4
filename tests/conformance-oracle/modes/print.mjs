// print: parse then print. { ok: true, printed, reparsed } where reparsed is the location-free AST
// of parsing `printed` again, or { ok: false, error } when the source does not parse.
import { parse, print } from 'graphql';
import { astToJson } from '../lib/ast-json.mjs';
import { errorToJson } from '../lib/errors.mjs';

export default function printMode({ source }) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return { ok: false, error: errorToJson(error) };
  }
  const printed = print(document);
  return { ok: true, printed, reparsed: astToJson(parse(printed), { locations: false }) };
}
