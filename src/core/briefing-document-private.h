/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How briefing-bundle-edit.c records its changes in a BriefingDocument. */
#pragma once

#include "briefing-document.h"

G_BEGIN_DECLS

/* Makes one change to the bundle and records it in the open group: @before NULL inserts @after at
 * @position, @after NULL removes @before, both replace @before by @after (same id). FALSE (and
 * nothing changed) when the bundle refuses it. */
gboolean briefing_document_apply       (BriefingDocument *self,
                                        GObject          *before,
                                        GObject          *after,
                                        guint             position);
/* Gives the bundle @title, recorded the same way. */
void     briefing_document_apply_title (BriefingDocument *self,
                                        const char       *title);

G_END_DECLS
