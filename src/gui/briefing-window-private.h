/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's insides, shared by briefing-window.c (state, loading, bindings) and
 * briefing-window-actions.c (its commands). */
#pragma once

#include "briefing-application.h"
#include "briefing-article-list.h"
#include "briefing-bundle-reader.h"
#include "briefing-empty-state.h"
#include "briefing-event-card.h"
#include "briefing-fetcher.h"
#include "briefing-party-panels.h"
#include "briefing-reader.h"
#include "briefing-search-results.h"
#include "briefing-session.h"
#include "briefing-notes-pane.h"
#include "briefing-timeline.h"
#include "briefing-undo-context.h"
#include "briefing-window.h"

G_BEGIN_DECLS

struct _BriefingWindow
{
  GtkApplicationWindow   parent_instance;

  /* Template widgets */
  GtkDropTarget         *drop_target;
  GtkLabel              *title_label;
  GtkLabel              *subtitle_label;
  GtkMenuButton         *recent_button;
  GtkSearchBar          *search_bar;
  GtkSearchEntry        *search_entry;
  GtkRevealer           *error_revealer;
  GtkLabel              *error_label;
  GtkRevealer           *loading_revealer;
  GtkLabel              *loading_label;
  GtkProgressBar        *progress_bar;
  GtkStack              *stack;
  BriefingEmptyState    *empty_state;
  GtkPaned              *timeline_paned;
  GtkPaned              *content_paned;
  GtkPaned              *sources_paned;
  GtkStack              *sources_stack;
  BriefingTimeline      *timeline;
  BriefingEventCard     *event_card;
  BriefingPartyPanels   *party_panels;
  BriefingArticleList   *article_list;
  BriefingSearchResults *search_results;
  BriefingReader        *reader;
  GtkStack              *sources_view;
  BriefingNotesPane     *notes_pane;

  /* Owned */
  BriefingSession       *session;
  BriefingUndoContext   *undo;
  BriefingBundleReader  *bundle_reader;
  BriefingFetcher       *fetcher;         /* while a bundle is fetched from the web */
  GFile                 *loading_file;
  GCancellable          *cancellable;
  GPtrArray             *problems;        /* of BriefingProblem, of the last failed load */
  GFile                 *problems_file;
  GtkPrintSettings      *print_settings;  /* of the last print, offered again */
  char                  *error_message;
  guint                  progress_source;
  gint64                 load_started;
  gboolean               has_application;
};

GSettings *briefing_window_get_settings      (BriefingWindow *self);
void       briefing_window_actions_update    (BriefingWindow *self);
void       briefing_window_set_error         (BriefingWindow *self,
                                              const char     *message,
                                              GPtrArray      *problems,
                                              GFile          *file);
void       briefing_window_class_add_actions (GtkWidgetClass *widget_class);
void       briefing_window_show_bundle       (BriefingWindow *self,
                                              BriefingBundle *bundle);
/* Shows the progress of loading @file until it ends (@cancellable NULL). */
void       briefing_window_set_loading       (BriefingWindow *self,
                                              GFile          *file,
                                              GCancellable   *cancellable);

G_END_DECLS
