/**
 * The shape a GraphQL query may have. The public reads through the static site, staff through
 * the admin (REST): GraphQL needs only small queries, so the limits are tight. A query of
 * hundreds of aliased list fields (each one a database query) is refused before it runs.
 */
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

export const GRAPHQL_LIMITS = {
  /** nesting of selections: { Programmes { docs { relatedPolicies { title } } } } is 4 */
  depth: 8,
  /** aliased fields anywhere in the document */
  aliases: 10,
  /** top-level fields (each is a collection query) */
  rootFields: 10,
  /** fields in the whole document, fragments expanded */
  fields: 300,
  /** Payload's complexity budget (its default is 1000) */
  complexity: 300,
}

type Counts = { depth: number; aliases: number; rootFields: number; fields: number }

function measure(
  set: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  counts: Counts,
  depth: number,
  seen: Set<string>,
): void {
  for (const sel of set.selections) {
    if (counts.fields > GRAPHQL_LIMITS.fields * 10) return // enough to refuse; stop walking
    if (sel.kind === Kind.FIELD) {
      counts.fields++
      if (sel.alias) counts.aliases++
      if (depth === 1) counts.rootFields++
      counts.depth = Math.max(counts.depth, depth)
      if (sel.selectionSet) measure(sel.selectionSet, fragment, counts, depth + 1, seen)
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      measure(sel.selectionSet, fragment, counts, depth, seen)
    } else {
      const name = sel.name.value
      const def = fragment(name)
      if (def && !seen.has(name))
        measure(def.selectionSet, fragment, counts, depth, new Set([...seen, name]))
    }
  }
}

export const queryShapeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const counts: Counts = { depth: 0, aliases: 0, rootFields: 0, fields: 0 }
    measure(node.selectionSet, (n) => context.getFragment(n), counts, 1, new Set())
    const over = (Object.keys(counts) as (keyof Counts)[]).filter(
      (k) => counts[k] > GRAPHQL_LIMITS[k],
    )
    if (over.length)
      context.reportError(
        new GraphQLError(
          `Query too large: ${over.map((k) => `${k} ${counts[k]} > ${GRAPHQL_LIMITS[k]}`).join(', ')}`,
        ),
      )
  },
})

/** graphql-js suggests field and type names ("Did you mean …?"): a map of the schema for free. */
export const maskSuggestions = (message: string): string =>
  message.replace(/\s*Did you mean [^?]*\?/g, '')
