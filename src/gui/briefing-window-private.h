/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's insides, shared by briefing-window.c (state, loading, bindings) and
 * briefing-window-actions.c (its commands). */
#pragma once

#include "briefing-application.h"
#include "briefing-article-list.h"
#include "briefing-bundle-reader.h"
#include "briefing-document.h"
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

/* What waits for the answer about unsaved changes. */
typedef enum
{
  BRIEFING_PENDING_NONE,
  BRIEFING_PENDING_CLOSE,
  BRIEFING_PENDING_OPEN,
  BRIEFING_PENDING_NEW,
} BriefingPending;

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
  GtkButton             *error_action_button;
  GtkButton             *error_details_button;
  GtkRevealer           *loading_revealer;
  GtkLabel              *loading_label;
  GtkProgressBar        *progress_bar;
  GtkStack              *stack;
  BriefingEmptyState    *empty_state;

  /* The views of a bundle, built with the first (briefing_window_ensure_views()): borrowed, NULL
   * until then */
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

  GtkRevealer           *toast_revealer;
  GtkLabel              *toast_label;

  /* Owned */
  BriefingSession       *session;
  BriefingUndoContext   *undo;
  BriefingDocument      *document;        /* the bundle shown, as the user edits it */
  GFile                 *pending_file;
  BriefingBundleReader  *bundle_reader;
  BriefingFetcher       *fetcher;         /* while a bundle is fetched from the web */
  GFile                 *loading_file;
  GCancellable          *cancellable;
  GPtrArray             *problems;        /* of BriefingProblem, of the last failed load */
  GFile                 *problems_file;
  GtkPrintSettings      *print_settings;  /* of the last print, offered again */
  char                  *error_message;
  guint                  progress_source;
  guint                  views_source;    /* builds the views after the first frame */
  gint64                 load_started;
  GtkWidget             *unsaved_dialog;  /* borrowed: it destroys itself */
  BriefingPending        pending;
  guint                  toast_source;
  gboolean               has_application;
  gboolean               close_confirmed;
  gboolean               saving;
  gboolean               importing;       /* the load shown is an article's, for the review */

  /* briefing-window-notes.c */
  GSignalGroup          *notes_signals;   /* of the annotation store shown */
  gboolean               notes_error_shown;
  gboolean               notes_loss_confirmed;
};

GSettings *briefing_window_get_settings      (BriefingWindow *self);
void       briefing_window_actions_update    (BriefingWindow *self);
void       briefing_window_set_error         (BriefingWindow *self,
                                              const char     *message,
                                              GPtrArray      *problems,
                                              GFile          *file);
/* The banner's button for @action_name under @label (with a mnemonic), or none for NULL; set after
 * briefing_window_set_error(), which removes it. */
void       briefing_window_set_error_action  (BriefingWindow *self,
                                              const char     *label,
                                              const char     *action_name);
void       briefing_window_class_add_actions (GtkWidgetClass *widget_class);
/* briefing-window-loading.c: shows the progress of loading @file until it ends (@cancellable
 * NULL); opens @file without asking about unsaved changes. */
void       briefing_window_set_loading       (BriefingWindow *self,
                                              GFile          *file,
                                              GCancellable   *cancellable);
void       briefing_window_open_now          (BriefingWindow *self,
                                              GFile          *file);

/* briefing-window.c: shows @document (nullable) in the window, with the user's notes for its bundle. */
void       briefing_window_show_document     (BriefingWindow   *self,
                                              BriefingDocument *document);
/* briefing-window.c: builds the views of a bundle, if they are not yet (the fields from
 * timeline_paned to notes_pane are NULL until then). */
void       briefing_window_ensure_views      (BriefingWindow   *self);

/* briefing-window-edit.c */
void       briefing_window_class_add_edit_actions (GtkWidgetClass   *widget_class);
void       briefing_window_edit_actions_update    (BriefingWindow   *self);
void       briefing_window_set_document           (BriefingWindow   *self,
                                                   BriefingDocument *document);
void       briefing_window_update_title           (BriefingWindow   *self);
/* Asks what to do with unsaved changes before @pending; FALSE when there are none to ask about. */
gboolean   briefing_window_ask_to_save            (BriefingWindow   *self,
                                                   BriefingPending   pending,
                                                   GFile            *file);
void       briefing_window_edit_undo_changed      (BriefingWindow   *self);
/* A notice at the bottom of the window, with Undo, for a few seconds. */
void       briefing_window_show_toast             (BriefingWindow   *self,
                                                   const char       *text);
void       briefing_window_edit_init              (BriefingWindow   *self);
/* The views are built: their shortcuts are added. */
void       briefing_window_edit_views_built       (BriefingWindow   *self);
void       briefing_window_edit_dispose           (BriefingWindow   *self);

/* briefing-window-notes.c: the banner follows @store's saving (NULL: none); flushing shows a
 * failure there, with Retry; closing asks first when the notes cannot be saved (TRUE: asked). */
void       briefing_window_notes_init               (BriefingWindow          *self);
void       briefing_window_notes_dispose            (BriefingWindow          *self);
void       briefing_window_class_add_notes_actions  (GtkWidgetClass          *widget_class);
void       briefing_window_watch_notes              (BriefingWindow          *self,
                                                     BriefingAnnotationStore *store);
gboolean   briefing_window_flush_notes              (BriefingWindow          *self);
gboolean   briefing_window_notes_close_request      (BriefingWindow          *self);

/* briefing-window-import.c */
void       briefing_window_class_add_import_actions (GtkWidgetClass *widget_class);
/* Whether @file's name says it is a news page or a text (.html, .htm, .txt, .md). */
gboolean   briefing_window_is_article_file          (GFile          *file);

G_END_DECLS
