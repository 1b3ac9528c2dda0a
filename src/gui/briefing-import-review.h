/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dialog that shows what an imported article proposes before anything joins the bundle: the
 * article (its outlet and date editable, as the bundle needs them), then the parties, the events
 * with their outcomes, the demands and the responses, each with a check button, its values
 * editable in place and the words of the article it rests on beneath it. Candidates that depend on
 * an unchecked one are disabled and say why. "Add to Bundle" emits "add"; whoever opened the dialog
 * then calls briefing_import_review_apply(), which adds the checked candidates as one undo step.
 * Modal on its window; it keeps its own references to the document and the extraction. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-document.h"
#include "briefing-extract.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_IMPORT_REVIEW (briefing_import_review_get_type ())

G_DECLARE_FINAL_TYPE (BriefingImportReview, briefing_import_review, BRIEFING, IMPORT_REVIEW, GtkWindow)

/* @document: the bundle the candidates were extracted against and go into. @rules (nullable):
 * those @extraction was made with; the article is read again with them when the user gives the
 * publication date the page did not say, since dates in the text are read against it. */
BriefingImportReview *briefing_import_review_new          (GtkWindow            *parent,
                                                           BriefingDocument     *document,
                                                           BriefingExtraction   *extraction,
                                                           BriefingExtractRules *rules);
BriefingDocument     *briefing_import_review_get_document (BriefingImportReview *self);
/* The extraction shown; a new one once the article was read again. (transfer none) */
BriefingExtraction   *briefing_import_review_get_extraction (BriefingImportReview *self);

/* The row showing candidate @index of the extraction, or NULL when it is not shown (dates,
 * figures and people are not: people join with their party). (transfer none) */
GtkWidget            *briefing_import_review_get_row      (BriefingImportReview *self,
                                                           guint                 index);
/* Whether candidate @index will be added: shown, checked and not disabled by one it depends on. */
gboolean              briefing_import_review_get_accepted (BriefingImportReview *self,
                                                           guint                 index);

/* Adds the article and the accepted candidates, with the user's edits, to the document as one
 * undo step. FALSE, with nothing changed, when they cannot be added. */
gboolean              briefing_import_review_apply        (BriefingImportReview *self,
                                                           GError              **error);
/* Shows @message (nullable: hides it) at the top of the dialog. */
void                  briefing_import_review_set_error    (BriefingImportReview *self,
                                                           const char           *message);

G_END_DECLS
