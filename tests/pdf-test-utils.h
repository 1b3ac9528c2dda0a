/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the PDF tests and the export benchmark share: the sample bundle grown to any length, and
 * writing a composition as a PDF. */
#pragma once

#include "briefing-core.h"
#include "briefing-export.h"

G_BEGIN_DECLS

/* The sample bundle @copies times over, each copy's events a year after the one before (ids get
 * "-N", dates N years later), so that a briefing of it runs to about four pages per copy. */
BriefingBundle      *scaled_sample      (guint                copies);
/* Every section, no annotations, on the last day of the last copy's year. */
BriefingComposition *compose_scaled     (BriefingBundle      *bundle,
                                         guint                copies);
/* Writes @composition as PDF to @path with a fixed creation date. */
void                 write_pdf          (BriefingComposition *composition,
                                         BriefingPaper        paper,
                                         const char          *path);
gsize                file_size          (const char          *path);

G_END_DECLS
