/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The details of one event: what kind it is, when and where it took place, who took part, what
 * came of it, and the sources of each fact. Every citation is a button that activates
 * "win.show-quote" with the citation's article id and the quote's byte range ("(stt)"), so the
 * window opens the article at the quote. The card keeps a reference on its event and bundle. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-bundle.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_EVENT_CARD (briefing_event_card_get_type ())

G_DECLARE_FINAL_TYPE (BriefingEventCard, briefing_event_card, BRIEFING, EVENT_CARD, GtkWidget)

GtkWidget      *briefing_event_card_new        (void);
/* "event" (nullable): without one the card shows a placeholder. */
BriefingEvent  *briefing_event_card_get_event  (BriefingEventCard *self);
void            briefing_event_card_set_event  (BriefingEventCard *self,
                                                BriefingEvent     *event);
/* "bundle" (nullable): where the card finds the parties' names and colours. */
BriefingBundle *briefing_event_card_get_bundle (BriefingEventCard *self);
void            briefing_event_card_set_bundle (BriefingEventCard *self,
                                                BriefingBundle    *bundle);

G_END_DECLS
