/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pages of a composed briefing: laid out once for a paper size with Pango, then drawn page by
 * page on any cairo context — a PDF surface (briefing-pdf.c) or a GtkPrintOperation's page. The
 * layout decides where things go on paper, never what goes in. */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "briefing-composition.h"

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_PAPER_A4,
  BRIEFING_PAPER_LETTER,
} BriefingPaper;

/* "a4", "letter" */
gboolean briefing_paper_from_nick (const char    *nick,
                                   BriefingPaper *paper);
/* Width and height in points (1/72 inch). */
void     briefing_paper_get_size  (BriefingPaper  paper,
                                   double        *width,
                                   double        *height);

typedef struct _BriefingPageLayout BriefingPageLayout;

/* Lays @composition out on pages of @width × @height points (margins are the layout's own), with
 * @context (from pango_cairo_create_context or a print context) whose user units are points. Takes
 * a reference on both, and sets @context up for paper: unhinted metrics, fractional glyph
 * positions. */
BriefingPageLayout *briefing_page_layout_new          (BriefingComposition *composition,
                                                       PangoContext        *context,
                                                       double               width,
                                                       double               height);
/* The same, also shaping text on a second thread with @helper (nullable): a context of its own
 * font map (pango_cairo_font_map_new()) brought up to date for the same cairo target as @context.
 * The layout takes a reference on it and uses it on that thread only while it is being made. */
BriefingPageLayout *briefing_page_layout_new_full     (BriefingComposition *composition,
                                                       PangoContext        *context,
                                                       PangoContext        *helper,
                                                       double               width,
                                                       double               height);
void                briefing_page_layout_free         (BriefingPageLayout  *layout);
guint               briefing_page_layout_get_n_pages  (BriefingPageLayout  *layout);
/* Draws page @page (0-based) with its running header and "Page N of M" footer. When @cr targets a
 * cairo PDF surface, also adds the outline entries, link destinations and links of that page. */
void                briefing_page_layout_render_page  (BriefingPageLayout  *layout,
                                                       cairo_t             *cr,
                                                       guint                page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingPageLayout, briefing_page_layout_free)

G_END_DECLS
