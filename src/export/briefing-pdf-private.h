/* SPDX-License-Identifier: GPL-3.0-or-later */
/* briefing_pdf_write() with progress and cancellation, for briefing_export_write(). */
#pragma once

#include "briefing-export.h"

G_BEGIN_DECLS

/* @progress (nullable) goes from 0 to 1000 (‰) as pages are written; @cancellable is checked
 * between pages. On error or cancellation the file at @path is left as it was. */
gboolean briefing_pdf_write_full (BriefingComposition         *composition,
                                  const BriefingRenderOptions *options,
                                  const char                  *path,
                                  volatile int                *progress,
                                  GCancellable                *cancellable,
                                  guint                       *n_pages,
                                  GError                     **error);

G_END_DECLS
