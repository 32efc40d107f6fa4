// parse: { ok: true, ast } with every node's loc as { start, end }, or { ok: false, error }.
import { parse } from 'graphql';
import { astToJson } from '../lib/ast-json.mjs';
import { errorToJson } from '../lib/errors.mjs';

export default function parseMode({ source }) {
  try {
    return { ok: true, ast: astToJson(parse(source)) };
  } catch (error) {
    return { ok: false, error: errorToJson(error) };
  }
}
