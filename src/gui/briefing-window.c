/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-window"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-annotation-colors.h"
#include "briefing-window-private.h"

G_DEFINE_FINAL_TYPE (BriefingWindow, briefing_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_BUNDLE,
  PROP_LOADING,
  PROP_ERROR_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GSettings *
briefing_window_get_settings (BriefingWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return BRIEFING_IS_APPLICATION (app) ? briefing_application_get_settings (BRIEFING_APPLICATION (app)) : NULL;
}

/* The one function that decides which actions can be used now. */
void
briefing_window_actions_update (BriefingWindow *self)
{
  static const char * const annotation_actions[] = {
    "win.highlight", "win.add-note", "win.add-question", "win.add-event-note", "win.add-demand-note",
    "win.edit-annotation", "win.delete-annotation",
  };
  gboolean has_bundle = briefing_session_get_bundle (self->session) != NULL;
  gboolean has_store = briefing_session_get_annotations (self->session) != NULL;
  gboolean loading = self->cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-problems", self->problems != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error", self->error_message != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_bundle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", has_bundle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", has_bundle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-fit", has_bundle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-event", has_bundle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-event", has_bundle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-quote", has_bundle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_bundle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_bundle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-article", !loading);

  for (guint i = 0; i < G_N_ELEMENTS (annotation_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), annotation_actions[i], has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", briefing_undo_context_get_can_undo (self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", briefing_undo_context_get_can_redo (self->undo));
  briefing_window_edit_actions_update (self);
}

void
briefing_window_set_error (BriefingWindow *self,
           const char     *message,
           GPtrArray      *problems,
           GFile          *file)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->problems_file);
  if (problems != NULL && problems->len > 0 && file != NULL)
    {
      self->problems = g_ptr_array_ref (problems);
      self->problems_file = g_object_ref (file);
    }

  if (g_strcmp0 (self->error_message, message) != 0)
    {
      g_free (self->error_message);
      self->error_message = g_strdup (message);
      gtk_label_set_text (self->error_label, message != NULL ? message : "");
      gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
    }

  /* A banner offers what it needs: Details for the problems of a file, or its own action. */
  gtk_widget_set_visible (GTK_WIDGET (self->error_details_button), self->problems != NULL);
  briefing_window_set_error_action (self, NULL, NULL);
  self->notes_error_shown = FALSE;
  briefing_window_actions_update (self);
}

void
briefing_window_set_error_action (BriefingWindow *self,
                                  const char     *label,
                                  const char     *action_name)
{
  gtk_button_set_label (self->error_action_button, label != NULL ? label : "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->error_action_button), action_name);
  gtk_widget_set_visible (GTK_WIDGET (self->error_action_button), label != NULL);
}

/* Annotations */

/* The reader's context menu: highlight in each colour (named by its meaning), note, question. */
static void
update_reader_menu (BriefingWindow *self)
{
  BriefingAnnotationStore *store = briefing_session_get_annotations (self->session);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) colors = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  if (self->reader == NULL)
    return;

  if (store == NULL)
    {
      briefing_reader_set_extra_menu (self->reader, NULL);
      return;
    }

  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    {
      const char *color = briefing_annotation_colors[i];
      g_autofree char *detailed = g_strdup_printf ("win.highlight::%s", color);
      /* Translators: a menu item; the first %s is a colour, the second what the user made it mean */
      g_autofree char *label = g_strdup_printf (_("%s — %s"), briefing_annotation_color_name (color),
                                                briefing_annotation_store_get_label (store, color));

      g_menu_append (colors, label, detailed);
    }

  g_menu_append_submenu (section, _("_Highlight"), G_MENU_MODEL (colors));
  g_menu_append (section, _("Add _Note…"), "win.add-note");
  g_menu_append (section, _("Add _Question…"), "win.add-question");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  briefing_reader_set_extra_menu (self->reader, G_MENU_MODEL (menu));
}

static void
on_labels_changed (BriefingWindow          *self,
                   BriefingAnnotationStore *store)
{
  update_reader_menu (self);
}

/* The notes pane asks to show an annotation: its words in the article, or its event. */
static void
on_annotation_activated (BriefingWindow     *self,
                         BriefingAnnotation *annotation,
                         BriefingNotesPane  *pane)
{
  BriefingBundle *bundle = briefing_session_get_bundle (self->session);
  const char *id = briefing_annotation_get_target_id (annotation);
  BriefingDemand *demand;
  gsize start, end;

  if (bundle == NULL)
    return;

  switch (briefing_annotation_get_target_kind (annotation))
    {
    case BRIEFING_TARGET_ARTICLE:
      if (briefing_annotation_get_anchor (annotation, &start, &end))
        briefing_session_show_quote (self->session, briefing_bundle_lookup_article (bundle, id), start, end);
      else
        briefing_session_set_selected_article (self->session, briefing_bundle_lookup_article (bundle, id));
      break;

    case BRIEFING_TARGET_EVENT:
      briefing_session_set_selected_event (self->session, briefing_bundle_lookup_event (bundle, id));
      break;

    case BRIEFING_TARGET_DEMAND:
      demand = briefing_bundle_lookup_demand (bundle, id);
      if (demand != NULL)
        briefing_session_set_selected_event (self->session,
                                             briefing_bundle_lookup_event (bundle, briefing_demand_get_first_stated (demand)));
      break;

    case BRIEFING_TARGET_BUNDLE:
    default:
      break;
    }
}

static void
on_edit_requested (BriefingWindow     *self,
                   BriefingAnnotation *annotation,
                   BriefingNotesPane  *pane)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-annotation", "s", briefing_annotation_get_id (annotation));
}

static void
on_delete_requested (BriefingWindow     *self,
                     BriefingAnnotation *annotation,
                     BriefingNotesPane  *pane)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.delete-annotation", "s", briefing_annotation_get_id (annotation));
}

/* Loading: see briefing-window-loading.c */

void
briefing_window_show_document (BriefingWindow   *self,
                               BriefingDocument *document)
{
  BriefingBundle *bundle = document != NULL ? briefing_document_get_bundle (document) : NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  BriefingAnnotationStore *store = NULL;

  if (bundle != NULL)
    briefing_window_ensure_views (self);
  briefing_window_flush_notes (self);
  briefing_undo_context_clear (self->undo);
  briefing_session_set_bundle (self->session, bundle);
  briefing_window_set_document (self, document);

  /* The user's notes for this bundle, found again in its text (a newer edition may have moved them). */
  if (bundle != NULL && BRIEFING_IS_APPLICATION (app))
    {
      store = briefing_application_get_annotation_store (BRIEFING_APPLICATION (app), briefing_bundle_get_id (bundle));
      briefing_annotation_store_anchor (store, bundle);
      briefing_session_set_annotations (self->session, store);
      g_signal_connect_object (store, "labels-changed", G_CALLBACK (on_labels_changed), self, G_CONNECT_SWAPPED);
      update_reader_menu (self);
      if (briefing_annotation_store_get_error_message (store) != NULL)
        briefing_window_set_error (self, briefing_annotation_store_get_error_message (store), NULL, NULL);
    }
  briefing_window_watch_notes (self, store);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);

  if (bundle != NULL)
    {
      briefing_window_update_title (self);
      gtk_stack_set_visible_child_name (self->stack, "bundle");
      briefing_timeline_zoom_fit (self->timeline);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Briefing"));
      gtk_label_set_text (self->title_label, _("Briefing"));
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
  briefing_window_actions_update (self);
}

/* Callbacks */

static void
on_search_changed (BriefingWindow *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  briefing_session_set_search_query (self->session, text);
  if (self->sources_stack != NULL)
    gtk_stack_set_visible_child_name (self->sources_stack, text[0] != '\0' ? "search" : "sources");
}

static void
on_search_stopped (BriefingWindow *self,
                   GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_search_result_activated (BriefingWindow        *self,
                            BriefingSearchResult  *result,
                            BriefingSearchResults *results)
{
  briefing_session_show_search_result (self->session, result);
}

/* A news page dropped on a bundle is imported into it; anything else is opened as a bundle. */
static void
open_or_import (BriefingWindow *self,
                GFile          *file)
{
  if (self->document != NULL && briefing_window_is_article_file (file))
    briefing_window_import_article (self, file);
  else
    briefing_window_open (self, file);
}

static gboolean
on_drop (BriefingWindow *self,
         const GValue   *value,
         double          x,
         double          y)
{
  GSList *files;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      files = gdk_file_list_get_files (g_value_get_boxed (value));
      if (files == NULL)
        return FALSE;
      open_or_import (self, files->data);
      g_slist_free (files);
      return TRUE;
    }

  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      open_or_import (self, g_value_get_object (value));
      return TRUE;
    }

  return FALSE;
}

/* The header's recent menu follows the application's list. */
static void
update_recent_menu (BriefingWindow *self,
                    guint           position,
                    guint           removed,
                    guint           added,
                    GListModel     *recent)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n = g_list_model_get_n_items (recent);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (recent, i);
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_string_object_get_string (item));
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GMenuItem) entry = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (entry, "win.open-uri", "s", gtk_string_object_get_string (item));
      g_menu_append_item (menu, entry);
    }

  if (n == 0)
    {
      g_autoptr(GMenuItem) entry = g_menu_item_new (_("No Recent Bundles"), "win.none");

      g_menu_append_item (menu, entry);
    }

  gtk_menu_button_set_menu_model (self->recent_button, G_MENU_MODEL (menu));
}

static gboolean
articles_from_bundle (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  BriefingBundle *bundle = g_value_get_object (from);

  g_value_set_object (to, bundle != NULL ? briefing_bundle_get_articles (bundle) : NULL);
  return TRUE;
}

/* Every view follows the session; none talks to another. */
static void
bind_views (BriefingWindow *self)
{
  GObject *session = G_OBJECT (self->session);

  briefing_timeline_set_events (self->timeline, briefing_session_get_timeline_events (self->session));
  g_object_bind_property (session, "selected-event", self->timeline, "selected-event",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (session, "selected-event", self->event_card, "event", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "bundle", self->event_card, "bundle", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "bundle", self->party_panels, "bundle", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "positions", self->party_panels, "positions", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "convergence", self->party_panels, "convergence", G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (session, "bundle", self->article_list, "articles", G_BINDING_SYNC_CREATE,
                               articles_from_bundle, NULL, NULL, NULL);
  g_object_bind_property (session, "selected-article", self->article_list, "selected-article",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (session, "selected-article", self->reader, "article", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "quote-start", self->reader, "quote-start", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "quote-end", self->reader, "quote-end", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "search-results", self->search_results, "results", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "annotations", self->reader, "annotations", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "annotations", self->notes_pane, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "bundle", self->notes_pane, "bundle", G_BINDING_SYNC_CREATE);
}

/* The panes share the width as the window does: the divider starts at this share of it. */
#define POSITIONS_SHARE 0.58

static gboolean
place_divider_tick (GtkWidget     *paned,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  int width = gtk_widget_get_width (paned);

  /* Not allocated yet: try again at the next frame. */
  if (width <= 0)
    return G_SOURCE_CONTINUE;

  gtk_paned_set_position (GTK_PANED (paned), width * POSITIONS_SHARE);
  return G_SOURCE_REMOVE;
}

/* The panes are read when the views are built and written when the window closes, as its size is:
 * bound both ways, a pane wrote on every frame while it settled, and fought a settings store that
 * cannot write (no session bus), which reverts each write. */
static void
restore_views_state (BriefingWindow *self,
                     GSettings      *settings)
{
  gtk_paned_set_position (self->timeline_paned, g_settings_get_int (settings, "timeline-height"));
  gtk_paned_set_position (self->sources_paned, g_settings_get_int (settings, "sources-height"));
  g_settings_bind (settings, "positions-view", self->party_panels, "view", G_SETTINGS_BIND_DEFAULT);
}

/* The views of a bundle are built once the window has shown its first frame, when nothing else is to
 * be done, or as soon as a bundle starts loading or is shown, whichever comes first: a window with
 * none comes up without them, a third sooner. They stay for the window's life once built. */
void
briefing_window_ensure_views (BriefingWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkBuilderScope) scope = NULL;
  g_autoptr(GPropertyAction) view = NULL;
  g_autoptr(GPropertyAction) sources = NULL;
  g_autoptr(GError) error = NULL;
  GSettings *settings;

  if (self->timeline_paned != NULL)
    return;

  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "on_annotation_activated", G_CALLBACK (on_annotation_activated),
                                           "on_edit_requested", G_CALLBACK (on_edit_requested),
                                           "on_delete_requested", G_CALLBACK (on_delete_requested),
                                           "on_search_result_activated", G_CALLBACK (on_search_result_activated),
                                           NULL);
  builder = gtk_builder_new ();
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  /* The file is a resource of this program: failing to read it is a broken build. */
  if (!gtk_builder_add_from_resource (builder, "/org/briefing/Briefing/briefing-window-views.ui", &error))
    g_error ("The window's views could not be built: %s", error->message);

  self->timeline_paned = GTK_PANED (gtk_builder_get_object (builder, "timeline_paned"));
  self->content_paned = GTK_PANED (gtk_builder_get_object (builder, "content_paned"));
  self->sources_paned = GTK_PANED (gtk_builder_get_object (builder, "sources_paned"));
  self->sources_stack = GTK_STACK (gtk_builder_get_object (builder, "sources_stack"));
  self->sources_view = GTK_STACK (gtk_builder_get_object (builder, "sources_view"));
  self->timeline = BRIEFING_TIMELINE (gtk_builder_get_object (builder, "timeline"));
  self->event_card = BRIEFING_EVENT_CARD (gtk_builder_get_object (builder, "event_card"));
  self->party_panels = BRIEFING_PARTY_PANELS (gtk_builder_get_object (builder, "party_panels"));
  self->article_list = BRIEFING_ARTICLE_LIST (gtk_builder_get_object (builder, "article_list"));
  self->search_results = BRIEFING_SEARCH_RESULTS (gtk_builder_get_object (builder, "search_results"));
  self->reader = BRIEFING_READER (gtk_builder_get_object (builder, "reader"));
  self->notes_pane = BRIEFING_NOTES_PANE (gtk_builder_get_object (builder, "notes_pane"));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->timeline_paned), "bundle");

  gtk_widget_add_tick_callback (GTK_WIDGET (self->content_paned), place_divider_tick, NULL, NULL);
  bind_views (self);
  briefing_window_edit_views_built (self);

  view = g_property_action_new ("positions-view", self->party_panels, "view");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (view));
  sources = g_property_action_new ("sources-view", self->sources_view, "visible-child-name");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (sources));

  settings = briefing_window_get_settings (self);
  if (settings != NULL && self->has_application)
    restore_views_state (self, settings);
  update_reader_menu (self);
}

static gboolean
build_views_idle (gpointer user_data)
{
  BriefingWindow *self = user_data;

  self->views_source = 0;
  briefing_window_ensure_views (self);
  return G_SOURCE_REMOVE;
}

static void
on_first_paint (GdkFrameClock  *frame_clock,
                BriefingWindow *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_first_paint, self);
  if (self->timeline_paned == NULL && self->views_source == 0)
    self->views_source = g_idle_add_full (G_PRIORITY_LOW, build_views_idle, self, NULL);
}

static void
on_realize (BriefingWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (on_first_paint), self, 0);
}

/* Size and panes come back as the user left them. */
static void
restore_state (BriefingWindow *self)
{
  GSettings *settings = briefing_window_get_settings (self);

  if (settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (self->timeline_paned != NULL)
    restore_views_state (self, settings);
}

static gboolean
briefing_window_close_request (GtkWindow *window)
{
  BriefingWindow *self = BRIEFING_WINDOW (window);
  GSettings *settings = briefing_window_get_settings (self);

  if (!self->close_confirmed && briefing_window_ask_to_save (self, BRIEFING_PENDING_CLOSE, NULL))
    return TRUE;

  if (briefing_window_notes_close_request (self))
    return TRUE;

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      if (self->timeline_paned != NULL)
        {
          g_settings_set_int (settings, "timeline-height", gtk_paned_get_position (self->timeline_paned));
          g_settings_set_int (settings, "sources-height", gtk_paned_get_position (self->sources_paned));
        }
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }

  return GTK_WINDOW_CLASS (briefing_window_parent_class)->close_request (window);
}

/* The window's application is set after construction: settings and the recent list come with it. */
static void
on_application_changed (BriefingWindow *self,
                        GParamSpec     *pspec,
                        gpointer        user_data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!BRIEFING_IS_APPLICATION (app) || self->has_application)
    return;
  self->has_application = TRUE;

  restore_state (self);

  if (BRIEFING_IS_APPLICATION (app))
    {
      GListModel *recent = briefing_application_get_recent (BRIEFING_APPLICATION (app));

      briefing_empty_state_set_recent (self->empty_state, recent);
      g_signal_connect_object (recent, "items-changed", G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
      update_recent_menu (self, 0, 0, 0, recent);
    }
}

static void
briefing_window_constructed (GObject *object)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  G_OBJECT_CLASS (briefing_window_parent_class)->constructed (object);

  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed), NULL);
  on_application_changed (self, NULL, NULL);
}

static void
briefing_window_dispose (GObject *object)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_handle_id (&self->views_source, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loading_file);
  g_clear_object (&self->bundle_reader);
  g_clear_object (&self->fetcher);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->problems_file);
  g_clear_object (&self->print_settings);
  briefing_window_edit_dispose (self);
  briefing_window_notes_dispose (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_WINDOW);
  g_clear_object (&self->session);
  g_clear_object (&self->undo);

  G_OBJECT_CLASS (briefing_window_parent_class)->dispose (object);
}

static void
briefing_window_finalize (GObject *object)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  g_free (self->error_message);

  G_OBJECT_CLASS (briefing_window_parent_class)->finalize (object);
}

static void
briefing_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BriefingWindow *self = BRIEFING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_BUNDLE:
      g_value_set_object (value, briefing_session_get_bundle (self->session));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->cancellable != NULL);
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_window_class_init (BriefingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = briefing_window_constructed;
  object_class->dispose = briefing_window_dispose;
  object_class->finalize = briefing_window_finalize;
  object_class->get_property = briefing_window_get_property;
  window_class->close_request = briefing_window_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, BRIEFING_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BRIEFING_TYPE_EMPTY_STATE);
  g_type_ensure (BRIEFING_TYPE_TIMELINE);
  g_type_ensure (BRIEFING_TYPE_EVENT_CARD);
  g_type_ensure (BRIEFING_TYPE_PARTY_PANELS);
  g_type_ensure (BRIEFING_TYPE_ARTICLE_LIST);
  g_type_ensure (BRIEFING_TYPE_SEARCH_RESULTS);
  g_type_ensure (BRIEFING_TYPE_READER);
  g_type_ensure (BRIEFING_TYPE_NOTES_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, drop_target);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, recent_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, error_action_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, error_details_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, loading_revealer);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, empty_state);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, toast_revealer);
  gtk_widget_class_bind_template_child (widget_class, BriefingWindow, toast_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stopped);
  gtk_widget_class_bind_template_callback (widget_class, on_drop);

  briefing_window_class_add_actions (widget_class);
  briefing_window_class_add_edit_actions (widget_class);
  briefing_window_class_add_import_actions (widget_class);
  briefing_window_class_add_notes_actions (widget_class);
}

static void
briefing_window_init (BriefingWindow *self)
{
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  self->session = briefing_session_new ();
  self->undo = briefing_undo_context_new ();
  g_signal_connect_object (self->undo, "notify::can-undo", G_CALLBACK (briefing_window_actions_update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo, "notify::can-redo", G_CALLBACK (briefing_window_actions_update), self,
                           G_CONNECT_SWAPPED);

  briefing_window_notes_init (self);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_target_set_gtypes (self->drop_target, drop_types, G_N_ELEMENTS (drop_types));
  briefing_window_edit_init (self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
  briefing_window_show_document (self, NULL);
}

BriefingWindow *
briefing_window_new (GtkApplication *application)
{
  return g_object_new (BRIEFING_TYPE_WINDOW, "application", application, NULL);
}

BriefingSession *
briefing_window_get_session (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return self->session;
}

BriefingBundle *
briefing_window_get_bundle (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return briefing_session_get_bundle (self->session);
}

const char *
briefing_window_get_error_message (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return self->error_message;
}

gboolean
briefing_window_get_loading (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), FALSE);

  return self->cancellable != NULL;
}
