import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiDatabase } from '../src/database.js'
import { createApi } from '../src/yoga.js'
import { createTestDatabase, TEST_ENGINES } from './support/database.js'
import { executeOk } from './support/execute.js'
import { type DemoFixture, seedDemoFixture } from './support/fixtures.js'

describe.each(TEST_ENGINES)('the method (%s)', (engine) => {
  let db: ApiDatabase
  let demo: DemoFixture
  let yoga: ReturnType<typeof createApi>

  beforeAll(async () => {
    db = await createTestDatabase(engine)
    demo = await seedDemoFixture(db)
    yoga = createApi({ db })
  })
  afterAll(() => db?.close())

  it('serves IMMD 1.0: drivers with questions and prompts, scale, effect codes and bands', async () => {
    const data = await executeOk<{ method: Record<string, unknown> & { drivers: unknown[] } }>(
      yoga,
      {
        token: demo.leadToken,
        query: `{ method(version: "immd-1.0") {
        version basedOn algorithm
        drivers { id code number shortName weight question { text provenance source } prompts { text } }
        answers { answer label step value }
        effectCodes { effect code name }
        bands { band label min max }
      } }`,
      },
    )
    const { drivers, ...rest } = data.method
    expect(drivers).toHaveLength(10)
    expect(drivers[0]).toMatchObject({
      id: 'immd-1.0:D1',
      code: 'D1',
      number: 1,
      question: { provenance: 'READ' },
    })
    expect(rest).toMatchInlineSnapshot(`
      {
        "algorithm": "MEAN",
        "answers": [
          {
            "answer": "NO",
            "label": "No",
            "step": 0,
            "value": 0,
          },
          {
            "answer": "LIKELY_NO",
            "label": "Likely No",
            "step": 1,
            "value": 25,
          },
          {
            "answer": "EQUALLY_LIKELY",
            "label": "Equally Likely",
            "step": 2,
            "value": 50,
          },
          {
            "answer": "LIKELY_YES",
            "label": "Likely Yes",
            "step": 3,
            "value": 75,
          },
          {
            "answer": "YES",
            "label": "Yes",
            "step": 4,
            "value": 100,
          },
        ],
        "bands": [
          {
            "band": "MINIMAL",
            "label": "Minimal",
            "max": 14,
            "min": 0,
          },
          {
            "band": "LOW",
            "label": "Low",
            "max": 34,
            "min": 15,
          },
          {
            "band": "BORDERLINE",
            "label": "Borderline",
            "max": 64,
            "min": 35,
          },
          {
            "band": "HIGH",
            "label": "High",
            "max": 84,
            "min": 65,
          },
          {
            "band": "EXCELLENT",
            "label": "Excellent",
            "max": 100,
            "min": 85,
          },
        ],
        "basedOn": null,
        "effectCodes": [
          {
            "code": "+",
            "effect": "SUCCESS",
            "name": "success driver",
          },
          {
            "code": "-",
            "effect": "FAILURE",
            "name": "failure driver",
          },
          {
            "code": "0",
            "effect": "NEUTRAL",
            "name": "neutral driver",
          },
          {
            "code": "?",
            "effect": "UNKNOWN",
            "name": "unknown driver",
          },
        ],
        "version": "immd-1.0",
      }
    `)
  })

  it('serves the phases with their activities, the artefacts they use and produce, and worksheets', async () => {
    const data = await executeOk<{ method: { phases: unknown[]; worksheets: unknown[] } }>(yoga, {
      token: demo.leadToken,
      query: `{ method { phases { id number name inputs { id } outputs { id }
        activities { id name consumes { id name kind } produces { id laterKind } worksheets { id } } }
        worksheets { id name activities fields { id type } } } }`,
    })
    expect(data.method.phases).toHaveLength(3)
    expect(data.method.worksheets).toHaveLength(7)
    expect(data.method.phases[1]).toMatchInlineSnapshot(`
      {
        "activities": [
          {
            "consumes": [
              {
                "id": "immd-1.0:I1",
                "kind": "INPUT",
                "name": "People's knowledge",
              },
            ],
            "id": "immd-1.0:A1",
            "name": "Gather data from people",
            "produces": [
              {
                "id": "immd-1.0:N1",
                "laterKind": null,
              },
            ],
            "worksheets": [
              {
                "id": "immd-1.0:scope-list",
              },
              {
                "id": "immd-1.0:questionnaire",
              },
              {
                "id": "immd-1.0:handout",
              },
            ],
          },
          {
            "consumes": [
              {
                "id": "immd-1.0:I2",
                "kind": "INPUT",
                "name": "Documentation",
              },
            ],
            "id": "immd-1.0:A2",
            "name": "Generate data from documentation",
            "produces": [
              {
                "id": "immd-1.0:N2",
                "laterKind": null,
              },
            ],
            "worksheets": [
              {
                "id": "immd-1.0:document-checklist",
              },
            ],
          },
          {
            "consumes": [
              {
                "id": "immd-1.0:N1",
                "kind": "INTERMEDIATE",
                "name": "Data from people",
              },
              {
                "id": "immd-1.0:N2",
                "kind": "INTERMEDIATE",
                "name": "Data from documentation",
              },
            ],
            "id": "immd-1.0:A3",
            "name": "Evaluate drivers",
            "produces": [
              {
                "id": "immd-1.0:O1",
                "laterKind": null,
              },
            ],
            "worksheets": [
              {
                "id": "immd-1.0:immd-worksheet",
              },
            ],
          },
          {
            "consumes": [
              {
                "id": "immd-1.0:O1",
                "kind": "OUTPUT",
                "name": "Driver values and rationale",
              },
            ],
            "id": "immd-1.0:A4",
            "name": "Apply analysis algorithm",
            "produces": [
              {
                "id": "immd-1.0:O2",
                "laterKind": null,
              },
            ],
            "worksheets": [
              {
                "id": "immd-1.0:immd-worksheet",
              },
            ],
          },
          {
            "consumes": [
              {
                "id": "immd-1.0:O2",
                "kind": "OUTPUT",
                "name": "IMC current potential for success",
              },
            ],
            "id": "immd-1.0:A5",
            "name": "Establish the IMC success profile",
            "produces": [
              {
                "id": "immd-1.0:O3",
                "laterKind": null,
              },
            ],
            "worksheets": [
              {
                "id": "immd-1.0:immd-worksheet",
              },
            ],
          },
          {
            "consumes": [
              {
                "id": "immd-1.0:N1",
                "kind": "INTERMEDIATE",
                "name": "Data from people",
              },
              {
                "id": "immd-1.0:N2",
                "kind": "INTERMEDIATE",
                "name": "Data from documentation",
              },
              {
                "id": "immd-1.0:O1",
                "kind": "OUTPUT",
                "name": "Driver values and rationale",
              },
              {
                "id": "immd-1.0:O2",
                "kind": "OUTPUT",
                "name": "IMC current potential for success",
              },
              {
                "id": "immd-1.0:O3",
                "kind": "OUTPUT",
                "name": "IMC success profile",
              },
            ],
            "id": "immd-1.0:A6",
            "name": "Determine next steps",
            "produces": [
              {
                "id": "immd-1.0:O4",
                "laterKind": null,
              },
            ],
            "worksheets": [
              {
                "id": "immd-1.0:improvement-worksheet",
              },
            ],
          },
        ],
        "id": "immd-1.0:conduct",
        "inputs": [
          {
            "id": "immd-1.0:I1",
          },
          {
            "id": "immd-1.0:I2",
          },
        ],
        "name": "Conduct the IMMD",
        "number": 2,
        "outputs": [
          {
            "id": "immd-1.0:O1",
          },
          {
            "id": "immd-1.0:O2",
          },
          {
            "id": "immd-1.0:O3",
          },
          {
            "id": "immd-1.0:O4",
          },
        ],
      }
    `)
  })

  it('answers null for an unknown version', async () => {
    const data = await executeOk<{ method: unknown }>(yoga, {
      token: demo.leadToken,
      query: '{ method(version: "immd-9.9") { version } }',
    })
    expect(data.method).toBeNull()
  })
})
