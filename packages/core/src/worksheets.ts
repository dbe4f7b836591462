/**
 * The worksheets as stored, each declared once (issue #20): the model holding its rows, the
 * method worksheets whose fields it holds, its columns with their validation and transfer codecs,
 * the columns it leaves behind and why, and the columns of its report table. The API's transfer
 * (export, import, coverage check) and `@immd/reports`' worksheet tables read these.
 *
 * @packageDocumentation
 */
export * from './worksheets/conduct.js'
export * from './worksheets/declare-worksheet.js'
export * from './worksheets/declared-worksheets.js'
export * from './worksheets/evidence-files.js'
export * from './worksheets/preparation.js'
export * from './worksheets/results.js'
export * from './worksheets/transfer-columns.js'
