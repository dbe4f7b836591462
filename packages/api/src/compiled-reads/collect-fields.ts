/**
 * Flattens a selection set the way GraphQL's CollectFields does, for the subset the compiled read
 * path accepts: fields, and fragments (inline or named) on the object type itself. Anything else
 * answers null and the selection is resolved as usual.
 *
 * @packageDocumentation
 */
import type { FieldNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'

/** One response key of a selection set, with the field that answers it. */
export interface CollectedField {
  responseKey: string
  node: FieldNode
}

/** Named fragments of the document, by name. */
export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>

/**
 * The response keys of `selectionSet` on the object type `typeName`, in response order, or null
 * when the selection uses what the compiled path leaves to the executor: directives (`@include`,
 * `@skip`, `@defer`), fragments on interfaces or other types, or a response key selected twice
 * with a sub-selection or different fields (merging those is the executor's job).
 */
export function collectFields(
  selectionSet: SelectionSetNode,
  typeName: string,
  fragments: Fragments,
): CollectedField[] | null {
  const collected = new Map<string, CollectedField>()
  const visit = (set: SelectionSetNode): boolean => {
    for (const selection of set.selections) {
      if (selection.directives?.length) return false
      if (selection.kind === 'Field') {
        const responseKey = selection.alias?.value ?? selection.name.value
        const earlier = collected.get(responseKey)
        if (!earlier) {
          collected.set(responseKey, { responseKey, node: selection })
          continue
        }
        const sameLeaf =
          earlier.node.name.value === selection.name.value &&
          !earlier.node.selectionSet &&
          !selection.selectionSet &&
          !earlier.node.arguments?.length &&
          !selection.arguments?.length
        if (!sameLeaf) return false
        continue
      }
      const fragment =
        selection.kind === 'InlineFragment' ? selection : fragments.get(selection.name.value)
      if (!fragment) return false
      const condition = fragment.typeCondition?.name.value
      if (condition !== undefined && condition !== typeName) return false
      if (!visit(fragment.selectionSet)) return false
    }
    return true
  }
  return visit(selectionSet) ? [...collected.values()] : null
}
