// A GraphQLError as the conformance tests compare it: message and first location.
export function errorToJson(error) {
  if (!error || !Array.isArray(error.locations)) throw error;
  const [location] = error.locations;
  return { message: error.message, line: location?.line, column: location?.column };
}
