/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline of talks: a model's events on a date axis, one lane per kind of event, with zoom,
 * pan, selection and keyboard navigation. It shows a GListModel of BriefingEvent that someone else
 * owns (the session's bundle) and exposes the selected event and the visible range as properties
 * for the window to bind.
 *
 * Actions (each also bound to keys inside the widget): timeline.zoom-in (Ctrl+plus),
 * timeline.zoom-out (Ctrl+minus), timeline.zoom-fit (Ctrl+0), timeline.select-next,
 * timeline.select-previous (Right/Left in reading direction), timeline.select-first (Home),
 * timeline.select-last (End), timeline.select-none (Escape), timeline.page-earlier (Page Up),
 * timeline.page-later (Page Down), timeline.activate (Enter). */
#pragma once

#include <gtk/gtk.h>

#include "briefing-event.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_TIMELINE (briefing_timeline_get_type ())

G_DECLARE_FINAL_TYPE (BriefingTimeline, briefing_timeline, BRIEFING, TIMELINE, GtkWidget)

GtkWidget     *briefing_timeline_new                (void);

/* "events": (nullable) (element-type BriefingEvent); setting it fits the range to the events. */
GListModel    *briefing_timeline_get_events         (BriefingTimeline *self);
void           briefing_timeline_set_events         (BriefingTimeline *self,
                                                     GListModel       *events);

/* "selected-event": (nullable); selecting scrolls the event into view. */
BriefingEvent *briefing_timeline_get_selected_event (BriefingTimeline *self);
void           briefing_timeline_set_selected_event (BriefingTimeline *self,
                                                     BriefingEvent    *event);

/* "visible-start" and "visible-end": the dates at the two edges of the plot, unix seconds. */
gint64         briefing_timeline_get_visible_start  (BriefingTimeline *self);
gint64         briefing_timeline_get_visible_end    (BriefingTimeline *self);
void           briefing_timeline_set_visible_range  (BriefingTimeline *self,
                                                     gint64            start,
                                                     gint64            end);

/* "now": what counts as today and the future, unix seconds; the real time unless set. */
gint64         briefing_timeline_get_now            (BriefingTimeline *self);
void           briefing_timeline_set_now            (BriefingTimeline *self,
                                                     gint64            now);

void           briefing_timeline_zoom_in            (BriefingTimeline *self);
void           briefing_timeline_zoom_out           (BriefingTimeline *self);
/* Shows every event. */
void           briefing_timeline_zoom_fit           (BriefingTimeline *self);

/* The event drawn at @x, @y in widget coordinates, or NULL. (transfer none) */
BriefingEvent *briefing_timeline_get_event_at       (BriefingTimeline *self,
                                                     double            x,
                                                     double            y);
/* Where @event's marker is drawn, in widget coordinates; FALSE if @event is not shown. */
gboolean       briefing_timeline_get_event_position (BriefingTimeline *self,
                                                     BriefingEvent    *event,
                                                     double           *x,
                                                     double           *y);

G_END_DECLS
