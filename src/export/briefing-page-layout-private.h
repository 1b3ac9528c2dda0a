/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Inside BriefingPageLayout: the blocks a briefing is made of (paragraphs, tables, drawings,
 * frames), how they were placed on pages, and the calls the section builders use to add them.
 * briefing-page-layout.c owns the blocks and their Pango layouts; briefing-page-layout-measure.c
 * shapes their texts ahead on two threads; briefing-page-layout-flow.c places them on pages; briefing-page-layout-render.c draws a page; briefing-page-layout-sections.c
 * and briefing-page-layout-timeline.c turn a composition into blocks. */
#pragma once

#include "briefing-page-layout.h"

G_BEGIN_DECLS

/* Every size is in points; the layout's user space is the page with its origin at the top left. */
#define BRIEFING_PAGE_MARGIN_TOP    70.0
#define BRIEFING_PAGE_MARGIN_BOTTOM 62.0
#define BRIEFING_PAGE_MARGIN_SIDE   64.0
#define BRIEFING_PAGE_FRAME_PAD     11.0  /* inside the bottom line's frame */
#define BRIEFING_PAGE_MARKER_WIDTH  4.0   /* a party's colour bar */
#define BRIEFING_PAGE_MARKER_GAP    7.0   /* between the bar and the name */
#define BRIEFING_PAGE_CELL_PAD_X    5.0
#define BRIEFING_PAGE_CELL_PAD_Y    3.5
#define BRIEFING_PAGE_STRIP_HEIGHT  2.5   /* a party's colour along the top of its column */
#define BRIEFING_PAGE_CAPTION_GAP   3.0

/* Layouts held after pagination, so that drawing does not shape the text again: estimated, about
 * 160 KB a page of tables and references, and a thousand such pages take some 150 MB. Past this
 * many bytes, layouts are dropped once measured and made again when their page is drawn, which
 * costs a third more time. */
#define BRIEFING_PAGE_HELD_BUDGET (256 * 1024 * 1024)

/* The kinds of text, each with one font; spans inside a text can change weight, style or colour. */
typedef enum
{
  BRIEFING_PAGE_STYLE_BODY,        /* DejaVu Serif: what a reader reads */
  BRIEFING_PAGE_STYLE_TITLE,       /* the cover's title */
  BRIEFING_PAGE_STYLE_LEAD,        /* the cover's subject */
  BRIEFING_PAGE_STYLE_HEADING,     /* a section */
  BRIEFING_PAGE_STYLE_SUBHEADING,  /* a party, an annotation group, the convergence table */
  BRIEFING_PAGE_STYLE_LABEL,       /* small bold headings, an event's dates */
  BRIEFING_PAGE_STYLE_META,        /* small secondary lines: places, publishers, captions */
  BRIEFING_PAGE_STYLE_CELL,        /* table cells */
  BRIEFING_PAGE_STYLE_CELL_HEADER, /* table header rows */
  BRIEFING_PAGE_STYLE_RUNNING,     /* running header and footer */
  BRIEFING_PAGE_N_STYLES
} BriefingPageStyle;

/* The few inks of a briefing: greys, and one dark blue for links. Party colours come on top. */
typedef enum
{
  BRIEFING_PAGE_INK_TEXT,
  BRIEFING_PAGE_INK_SECONDARY,
  BRIEFING_PAGE_INK_LINK,
  BRIEFING_PAGE_INK_RULE,
  BRIEFING_PAGE_INK_HAIRLINE,
  BRIEFING_PAGE_INK_FILL,
  BRIEFING_PAGE_INK_HEADER_FILL,
  BRIEFING_PAGE_INK_PAPER,
} BriefingPageInk;

/* How a span differs from its text's style. */
typedef enum
{
  BRIEFING_PAGE_SPAN_PLAIN     = 0,
  BRIEFING_PAGE_SPAN_BOLD      = 1 << 0,
  BRIEFING_PAGE_SPAN_ITALIC    = 1 << 1,
  BRIEFING_PAGE_SPAN_SECONDARY = 1 << 2, /* the grey of secondary text */
  BRIEFING_PAGE_SPAN_LINK      = 1 << 3, /* the ink of links and references */
  BRIEFING_PAGE_SPAN_SANS      = 1 << 4, /* DejaVu Sans at the size of small text */
  BRIEFING_PAGE_SPAN_TRACKED   = 1 << 5, /* letters spaced apart, for capitals */
} BriefingPageSpan;

typedef struct
{
  guint  start;     /* bytes in the text */
  guint  end;
  char  *target;    /* a destination name, or a URI when external */
  gboolean external;
} BriefingPageLink;

/* A paragraph: its words, their spans and links, and (while it is held) its Pango layout. */
typedef struct
{
  BriefingPageStyle  style;
  GString           *text;
  PangoAttrList     *attrs;   /* nullable */
  GArray            *links;   /* of BriefingPageLink; nullable */
  guint              no_wrap : 1;  /* one line, ellipsized at the end */

  /* Set when laid out for a width */
  double             width;
  PangoLayout       *layout;  /* nullable: made when needed, dropped past the memory budget */
  guint              n_lines;
  double             height;
} BriefingPageText;

typedef enum
{
  BRIEFING_PAGE_BLOCK_TEXT,
  BRIEFING_PAGE_BLOCK_TABLE,
  BRIEFING_PAGE_BLOCK_GRAPHIC,
  BRIEFING_PAGE_BLOCK_FRAME_START,
  BRIEFING_PAGE_BLOCK_FRAME_END,
  BRIEFING_PAGE_BLOCK_PAGE_BREAK,
} BriefingPageBlockKind;

typedef struct _BriefingPageBlock BriefingPageBlock;

/* Draws a graphic block with its top left at @x, @y. NULL for blank space. */
typedef void (*BriefingPageDrawFunc) (BriefingPageLayout *layout,
                                      cairo_t            *cr,
                                      double              x,
                                      double              y,
                                      double              width,
                                      gpointer            data);

typedef struct
{
  BriefingPageText *text;    /* nullable: an empty cell */
  char             *marker;  /* "#rrggbb": a colour strip along the top of a party's column */
} BriefingPageCell;

typedef struct
{
  guint             n_cells;
  BriefingPageCell *cells;   /* n_cells of them, one per column */
  gboolean          shaded;  /* a light fill that marks the row (agreed issues) */
  double            height;  /* set when laid out */
} BriefingPageRow;

/* Rows never break across pages unless one is taller than a page; the header row is repeated at
 * the top of every page the table continues on. */
typedef struct
{
  guint            n_columns;
  double          *fractions;  /* of the table's width, per column */
  BriefingPageRow *header;
  GPtrArray       *rows;       /* of BriefingPageRow */
  BriefingPageText *caption;   /* nullable: above the header row where the table goes on */
} BriefingPageTable;

struct _BriefingPageBlock
{
  BriefingPageBlockKind  kind;
  double                 space_before;  /* collapses with the previous block's space_after */
  double                 space_after;
  double                 indent;        /* from the start edge of the text column */
  double                 end_indent;
  gboolean               keep_with_next;
  gboolean               rule_below;    /* a hairline under a section heading */

  /* TEXT */
  BriefingPageText      *text;
  BriefingPageText      *label;         /* hangs in the indent beside the first line */
  double                 label_width;   /* the label's column, ending where the text starts */
  gboolean               label_mirrors; /* beyond the text's end for right-to-left text (bullets) */
  char                  *marker;        /* "#rrggbb": a party's bar before the first line */
  BriefingPageBlock     *contents_of;   /* a contents entry: the page of that block at the end */

  /* TABLE */
  BriefingPageTable     *table;

  /* GRAPHIC */
  double                 height;
  BriefingPageDrawFunc   draw;
  gpointer               data;
  GDestroyNotify         destroy;

  /* Where links and the outline lead; the outline shows the block's text */
  char                  *dest;
  guint                  outline_level; /* 0: not in the outline */

  guint                  first_page;    /* set by pagination */
};

/* A block, or a piece of one, on a page. */
typedef struct
{
  BriefingPageBlock *block;
  double             y;           /* top edge */
  double             height;
  guint              first;       /* TEXT: first line; TABLE: row, G_MAXUINT for the header row */
  guint              n_lines;     /* TEXT: lines here */
  guint             *cell_lines;  /* TABLE row split over pages: first line and count per cell */
  gboolean           starts;      /* the block starts here (its label, marker, destination) */
} BriefingPagePlacement;

struct _BriefingPageLayout
{
  /* Owned */
  BriefingComposition  *composition;
  PangoContext         *context;
  PangoContext         *helper;    /* nullable: its own font map, for shaping on a second thread */
  PangoFontDescription *fonts[BRIEFING_PAGE_N_STYLES];
  GPtrArray            *blocks;    /* of BriefingPageBlock, in reading order */
  GPtrArray            *pages;     /* of GArray of BriefingPagePlacement */
  PangoLayout          *scratch;   /* page numbers and contents entries */
  PangoLayout          *running_title;  /* nullable: the running header, made on the first page */
  PangoLayout          *running_date;
  GQueue                remade;    /* BriefingPageText whose layout was made again for drawing */
  GHashTable           *shared;    /* layouts of short plain texts, by style, width and words */

  double                width;
  double                height;
  double                column_width;   /* of the text column */
  gsize                 held_bytes;     /* estimated size of the layouts held */
  gboolean              has_cover;
  gboolean              rtl;            /* the pages mirror: laid out left to right, drawn mirrored */

  /* While building: the indent of what goes inside an open frame */
  double                inset;
};

/* briefing-page-layout-render.c: pango_cairo_show_layout_line() and pango_cairo_show_layout() at
 * the current point, reading rightly on a mirrored page too (see briefing_page_layout_draw_page()). */
void               briefing_page_show_line            (cairo_t            *cr,
                                                       PangoLayoutLine    *line);
void               briefing_page_show_layout          (cairo_t            *cr,
                                                       PangoLayout        *layout);

/* briefing-page-layout.c */
BriefingPageText  *briefing_page_text_new             (BriefingPageStyle   style);
void               briefing_page_text_free            (BriefingPageText   *text);
void               briefing_page_text_append          (BriefingPageText   *text,
                                                       const char         *words);
void               briefing_page_text_append_span     (BriefingPageText   *text,
                                                       const char         *words,
                                                       BriefingPageSpan    span);
void               briefing_page_text_append_link     (BriefingPageText   *text,
                                                       const char         *words,
                                                       const char         *target,
                                                       gboolean            external);
/* " [1, 3]": each number links to its entry in Sources when the briefing has them. */
void               briefing_page_text_append_refs     (BriefingPageText   *text,
                                                       BriefingPageLayout *layout,
                                                       GArray             *sources);
gboolean           briefing_page_text_is_empty        (BriefingPageText   *text);
/* Lays the text out for @width unless it is held; (transfer none) */
PangoLayout       *briefing_page_text_get_layout      (BriefingPageLayout *layout,
                                                       BriefingPageText   *text,
                                                       double              width);
/* Makes the layout of @text for @width with @context. Reads nothing of @self but its fonts, so
 * that it may run on another thread with a context of its own. */
void               briefing_page_text_lay_out         (BriefingPageLayout *layout,
                                                       PangoContext       *context,
                                                       BriefingPageText   *text,
                                                       double              width);
/* Short plain words are laid out once for each width and shared between texts. */
gboolean           briefing_page_text_is_shared       (BriefingPageText   *text);
/* The layout of a shared text, made with @context if no text of the same words has one yet.
 * Only one thread at a time may share layouts. */
PangoLayout       *briefing_page_text_share_layout    (BriefingPageLayout *layout,
                                                       PangoContext       *context,
                                                       BriefingPageText   *text,
                                                       double              width);
/* What a held layout of @text takes, estimated. */
gsize              briefing_page_text_estimate_size   (BriefingPageText   *text);
/* Once measured: drops the layout when the held ones pass the memory budget. */
void               briefing_page_text_release         (BriefingPageLayout *layout,
                                                       BriefingPageText   *text);
/* For drawing, at the width it was measured for: (transfer full) */
PangoLayout       *briefing_page_text_dup_layout      (BriefingPageLayout *layout,
                                                       BriefingPageText   *text);

/* Adds a paragraph of @text (transfer full) inside the open frame. */
BriefingPageBlock *briefing_page_layout_add_text      (BriefingPageLayout *layout,
                                                       BriefingPageText   *text);
BriefingPageBlock *briefing_page_layout_add_paragraph (BriefingPageLayout *layout,
                                                       BriefingPageStyle   style,
                                                       const char         *words);
/* A heading kept with what follows; in the outline at @level (1 for sections) with @dest. */
BriefingPageBlock *briefing_page_layout_add_heading   (BriefingPageLayout *layout,
                                                       guint               level,
                                                       const char         *title,
                                                       const char         *dest);
BriefingPageTable *briefing_page_layout_add_table     (BriefingPageLayout *layout,
                                                       guint               n_columns,
                                                       const double       *fractions);
BriefingPageRow   *briefing_page_table_add_row        (BriefingPageTable  *table);
BriefingPageBlock *briefing_page_layout_add_graphic   (BriefingPageLayout *layout,
                                                       double              height,
                                                       BriefingPageDrawFunc draw,
                                                       gpointer            data,
                                                       GDestroyNotify      destroy);
void               briefing_page_layout_begin_frame   (BriefingPageLayout *layout);
void               briefing_page_layout_end_frame     (BriefingPageLayout *layout);
void               briefing_page_layout_add_page_break (BriefingPageLayout *layout);
/* The width blocks added now get for their text. */
double             briefing_page_layout_get_inner_width (BriefingPageLayout *layout);
/* The destination name of source @number, or NULL when the briefing lists no sources. */
char              *briefing_page_layout_dup_source_dest (BriefingPageLayout *layout,
                                                         guint               number);
PangoLayout       *briefing_page_layout_get_scratch   (BriefingPageLayout *layout,
                                                       BriefingPageStyle   style,
                                                       const char         *words);
void               briefing_page_set_ink              (cairo_t            *cr,
                                                       BriefingPageInk     ink);
void               briefing_page_set_style_ink        (cairo_t            *cr,
                                                       BriefingPageStyle   style);
/* A party's "#rrggbb"; FALSE (and nothing set) when @color is NULL or not a colour. */
gboolean           briefing_page_set_color            (cairo_t            *cr,
                                                       const char         *color);
/* A party's bar: @color with a thin dark edge, so that pale colours still show on paper. */
void               briefing_page_draw_marker          (cairo_t            *cr,
                                                       const char         *color,
                                                       double              x,
                                                       double              y,
                                                       double              width,
                                                       double              height);

/* briefing-page-layout-flow.c */
typedef void (*BriefingPageTextFunc) (BriefingPageText *text,
                                      double            width,
                                      gpointer          data);

/* Each text of @block with the width pagination measures it for. */
void               briefing_page_block_foreach_text   (BriefingPageLayout *layout,
                                                       BriefingPageBlock  *block,
                                                       BriefingPageTextFunc func,
                                                       gpointer            data);
void               briefing_page_layout_paginate      (BriefingPageLayout *layout);

/* briefing-page-layout-measure.c */
/* Shapes the texts of the blocks ahead of pagination, as many as the memory budget holds. */
void               briefing_page_layout_measure       (BriefingPageLayout *layout);

/* briefing-page-layout-render.c */
void               briefing_page_layout_draw_page     (BriefingPageLayout *layout,
                                                       cairo_t            *cr,
                                                       guint               page);

/* briefing-page-layout-sections.c */
void               briefing_page_layout_build         (BriefingPageLayout *layout);

/* briefing-page-layout-timeline.c */
void               briefing_page_layout_add_timeline  (BriefingPageLayout *layout);

G_END_DECLS
