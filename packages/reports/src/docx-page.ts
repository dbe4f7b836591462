/**
 * The page furniture of the DOCX deliverable: A4 page setup, the header (report title, TLP
 * label), the footer (organization and engagement, TLP label, page N of M) and, until the results
 * are communicated, a DRAFT watermark (an image behind the text, anchored in the header so Word
 * repeats it on every page).
 *
 * @packageDocumentation
 */
import {
  Footer,
  Header,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  ImageRun,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  TextRun,
  VerticalPositionAlign,
  VerticalPositionRelativeFrom,
} from 'docx'
import { rasterizeSvg } from './chart-raster.js'
import { DOCX_CONTENT_WIDTH } from './docx-parts.js'
import { docxColor, REPORT_COLOURS, REPORT_TYPE } from './report-design.js'
import type { ReportView } from './report-view.js'

/** A4 with 2 cm margins; header and footer 1 cm from the edge. */
export const DOCX_PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 },
} as const

/** TLP 2.0 label colours (printed on black). */
const TLP_COLOURS: Record<string, string> = {
  'TLP:CLEAR': 'ffffff',
  'TLP:GREEN': '33ff00',
  'TLP:AMBER': 'ffc000',
  'TLP:AMBER+STRICT': 'ffc000',
  'TLP:RED': 'ff2b2b',
}

const small = { size: REPORT_TYPE.small * 2, color: docxColor(REPORT_COLOURS.muted) }

const tlpRun = (tlp: string) =>
  new TextRun({
    text: ` ${tlp} `,
    bold: true,
    size: REPORT_TYPE.small * 2,
    color: TLP_COLOURS[tlp] ?? 'ffffff',
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: '000000' },
  })

/** The watermark: "DRAFT" rotated, in a light red, as a transparent PNG. */
async function renderWatermark(text: string): Promise<Uint8Array> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">' +
    `<text x="300" y="340" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="${Math.min(150, 760 / text.length)}" fill="${REPORT_COLOURS.draft}" fill-opacity="0.12" transform="rotate(-40 300 300)">${text}</text>` +
    '</svg>'
  return rasterizeSvg(svg, 1)
}

/** The default header and footer of the document's one section. */
export async function buildPageFurniture(
  view: ReportView,
): Promise<{ headers: { default: Header }; footers: { default: Footer } }> {
  const { tlp, draft } = view.marking
  const watermark = draft
    ? [
        new ImageRun({
          type: 'png',
          data: await renderWatermark(view.t.page.draft),
          transformation: { width: 560, height: 560 },
          altText: {
            name: 'draft-watermark',
            title: view.t.page.draft,
            description: view.t.page.watermarkDescription,
          },
          floating: {
            horizontalPosition: {
              relative: HorizontalPositionRelativeFrom.PAGE,
              align: HorizontalPositionAlign.CENTER,
            },
            verticalPosition: {
              relative: VerticalPositionRelativeFrom.PAGE,
              align: VerticalPositionAlign.CENTER,
            },
            behindDocument: true,
            allowOverlap: true,
          },
        }),
      ]
    : []
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: DOCX_CONTENT_WIDTH }],
        children: [
          ...watermark,
          new TextRun({ ...small, text: view.t.page.header(view.title) }),
          ...(draft
            ? [
                new TextRun({
                  ...small,
                  text: ` · ${view.t.page.draft}`,
                  bold: true,
                  color: docxColor(REPORT_COLOURS.draft),
                }),
              ]
            : []),
          new TextRun({ children: [new Tab()] }),
          tlpRun(tlp),
        ],
      }),
    ],
  })
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: DOCX_CONTENT_WIDTH / 2 },
          { type: TabStopType.RIGHT, position: DOCX_CONTENT_WIDTH },
        ],
        children: [
          new TextRun({ ...small, text: `${view.organization} · ${view.title}` }),
          new TextRun({ children: [new Tab()] }),
          tlpRun(tlp),
          new TextRun({ children: [new Tab()] }),
          new TextRun({
            ...small,
            children: [
              `${view.t.page.page} `,
              PageNumber.CURRENT,
              ` ${view.t.page.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  })
  return { headers: { default: header }, footers: { default: footer } }
}
