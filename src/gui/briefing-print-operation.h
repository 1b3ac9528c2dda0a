/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing a composed briefing: a GtkPrintOperation that lays the briefing out with the print
 * context's own Pango context and page size and draws each page with the same page renderer as PDF
 * export, so print, preview and PDF show the same pages. A4 unless the user picks another paper. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-composition.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_PRINT_OPERATION (briefing_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (BriefingPrintOperation, briefing_print_operation, BRIEFING, PRINT_OPERATION, GtkPrintOperation)

/* Takes a reference on @composition. */
BriefingPrintOperation *briefing_print_operation_new             (BriefingComposition    *composition);
/* (transfer none) */
BriefingComposition    *briefing_print_operation_get_composition (BriefingPrintOperation *self);

G_END_DECLS
