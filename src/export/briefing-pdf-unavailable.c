/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-pdf-unavailable"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-export.h"

/* Stands in for the PDF renderer (briefing-pdf.c, briefing-page-layout.c) while the engine is
 * built without it; src/meson.build leaves this file out as soon as briefing-pdf.c is there. */

gboolean
briefing_pdf_write (BriefingComposition         *composition,
                    const BriefingRenderOptions *options,
                    const char                  *path,
                    GError                     **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("This build of Briefing cannot write PDF files"));
  return FALSE;
}

BriefingPageLayout *
briefing_page_layout_new (BriefingComposition *composition,
                          PangoContext        *context,
                          double               width,
                          double               height)
{
  return NULL;
}

void
briefing_page_layout_free (BriefingPageLayout *layout)
{
}

guint
briefing_page_layout_get_n_pages (BriefingPageLayout *layout)
{
  return 0;
}

void
briefing_page_layout_render_page (BriefingPageLayout *layout,
                                  cairo_t            *cr,
                                  guint               page)
{
}
