/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A dialog that adds a party to a bundle or changes one: name, short name, role, colour. Saving
 * is one undoable edit of the document; a refusal is shown in the dialog, which stays open. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-document.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_PARTY_EDITOR (briefing_party_editor_get_type ())

G_DECLARE_FINAL_TYPE (BriefingPartyEditor, briefing_party_editor, BRIEFING, PARTY_EDITOR, GtkWindow)

/* @party (nullable): NULL adds a new party. */
GtkWidget *briefing_party_editor_new  (GtkWindow        *parent,
                                       BriefingDocument *document,
                                       BriefingParty    *party);
/* What Save does; FALSE when the edit was refused (the message is shown). */
gboolean   briefing_party_editor_save (BriefingPartyEditor *self);

G_END_DECLS
