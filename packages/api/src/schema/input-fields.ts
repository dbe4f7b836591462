/**
 * The type of the `t` an input type's `fields` receives, for helpers that build the fields an
 * add input and an update input share (so both declare them once, with the same validation).
 *
 * @packageDocumentation
 */
import type { InputFieldBuilder } from '@pothos/core'
import type { builder } from '../builder.js'

/** The field builder of an input object type of this schema. */
export type InputFields = InputFieldBuilder<(typeof builder)['$inferSchemaTypes'], 'InputObject'>
