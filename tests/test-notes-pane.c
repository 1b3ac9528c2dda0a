/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The notes pane, under Xvfb, over a store of annotations on the sample bundle: highlights, notes
 * and questions on articles, an event, a demand and the whole bundle, one of them detached. The
 * filters, the count, the rows and the signals, as a user meets them. Screenshots, light and dark,
 * go to the build directory's tests/screenshots/. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-annotation-store.h"
#include "briefing-annotation-swatch.h"
#include "briefing-application.h"
#include "briefing-bundle-reader.h"
#include "briefing-color-labels-dialog.h"
#include "briefing-labels.h"
#include "briefing-note-row.h"
#include "briefing-notes-pane.h"
#include "briefing-tooltip.h"
#include "gui-test-utils.h"

static BriefingApplication *app;
static BriefingBundle *bundle;

typedef struct
{
  char                    *dir;
  BriefingAnnotationStore *store;
  GtkWindow               *window;
  BriefingNotesPane       *pane;
} Fixture;

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);

static void
collect (GtkWidget     *widget,
         WidgetMatch    match,
         gconstpointer  data,
         GPtrArray     *found)
{
  if (!gtk_widget_is_drawable (widget))
    return;
  if (match (widget, data))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, match, data, found);
}

static GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetMatch    match,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, match, data, found);
  return found->len > 0 ? found->pdata[0] : NULL;
}

static guint
count_widgets (GtkWidget     *widget,
               WidgetMatch    match,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, match, data, found);
  return found->len;
}

static gboolean
label_is (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_kind_label (GtkWidget     *widget,
               gconstpointer  text)
{
  return label_is (widget, text) && gtk_widget_has_css_class (widget, "note-kind");
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
has_id (GtkWidget     *widget,
        gconstpointer  id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static gboolean
is_row_of (GtkWidget     *widget,
           gconstpointer  annotation_id)
{
  BriefingAnnotation *annotation;

  if (!BRIEFING_IS_NOTE_ROW (widget))
    return FALSE;
  annotation = briefing_note_row_get_annotation (BRIEFING_NOTE_ROW (widget));
  return annotation != NULL && g_strcmp0 (briefing_annotation_get_id (annotation), annotation_id) == 0;
}

#define find_of_type(widget, type) find_widget ((widget), is_of_type, GSIZE_TO_POINTER (type))

static BriefingAnnotation *
add_annotation (BriefingAnnotationStore *store,
                const char              *id,
                BriefingAnnotationKind   kind,
                BriefingTargetKind       target_kind,
                const char              *target_id,
                const char              *exact,
                const char              *color,
                const char              *note,
                const char * const      *tags,
                const char              *created)
{
  g_autoptr(BriefingAnnotation) annotation = briefing_annotation_new (kind);
  BriefingDate date;

  briefing_annotation_set_id (annotation, id);
  briefing_annotation_set_target (annotation, target_kind, target_id);
  if (exact != NULL)
    briefing_annotation_set_quote (annotation, exact, NULL, NULL);
  briefing_annotation_set_color (annotation, color);
  briefing_annotation_set_note (annotation, note);
  if (tags != NULL)
    briefing_annotation_set_tags (annotation, tags);
  g_assert_true (briefing_date_parse_date_time (created, &date, NULL));
  briefing_annotation_set_created (annotation, &date);
  briefing_annotation_set_modified (annotation, &date);
  briefing_annotation_store_add (store, annotation);

  return briefing_annotation_store_lookup (store, id);
}

/* A month from today, so the question is not overdue whenever the test runs. */
static BriefingDate
next_month (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);
  BriefingDate date = briefing_date_from_date_time (later);

  return briefing_date_coarsen (&date, BRIEFING_DATE_PRECISION_DAY);
}

/* Seven annotations, newest first: q-bundle, n-demand, n-event, h-swap, q-round3, h-detached,
 * h-first. */
static void
fill_store (BriefingAnnotationStore *store)
{
  BriefingAnnotation *annotation;
  BriefingDate deadline;

  add_annotation (store, "h-first", BRIEFING_ANNOTATION_KIND_HIGHLIGHT, BRIEFING_TARGET_ARTICLE, "a-round1",
                  "for the first time since the spring of 2022", "red", NULL,
                  (const char *[]) { "prisoners", NULL }, "2025-06-01T09:00:00Z");
  add_annotation (store, "h-detached", BRIEFING_ANNOTATION_KIND_HIGHLIGHT, BRIEFING_TARGET_ARTICLE, "a-drones",
                  "a ceasefire was agreed on the spot", "orange", "Check this against the wire report.",
                  NULL, "2025-06-02T09:00:00Z");
  annotation = add_annotation (store, "q-round3", BRIEFING_ANNOTATION_KIND_QUESTION, BRIEFING_TARGET_ARTICLE,
                               "a-round3", "lasting about 40 minutes", "green",
                               "Will the next swap include civilians?",
                               (const char *[]) { "prisoners", NULL }, "2025-06-02T10:00:00Z");
  annotation = briefing_annotation_copy (annotation);
  briefing_annotation_set_owner (annotation, "ru");
  g_assert_true (briefing_date_parse ("2025-07-31", &deadline, NULL));
  briefing_annotation_set_deadline (annotation, &deadline);
  briefing_annotation_store_replace (store, annotation);
  g_object_unref (annotation);
  add_annotation (store, "h-swap", BRIEFING_ANNOTATION_KIND_HIGHLIGHT, BRIEFING_TARGET_ARTICLE, "a-round2-long",
                  "turned down an unconditional ceasefire", "yellow", "Russia’s answer to the 30-day proposal.",
                  (const char *[]) { "ceasefire", NULL }, "2025-06-03T10:00:00Z");
  add_annotation (store, "n-event", BRIEFING_ANNOTATION_KIND_NOTE, BRIEFING_TARGET_EVENT, "e-round2", NULL,
                  "blue", "Ask the desk about the memoranda swapped at the table.",
                  (const char *[]) { "memoranda", "follow-up", NULL }, "2025-06-04T10:00:00Z");
  add_annotation (store, "n-demand", BRIEFING_ANNOTATION_KIND_NOTE, BRIEFING_TARGET_DEMAND, "d-ru-neutrality",
                  NULL, NULL, "A core demand since 2022.", (const char *[]) { "NATO", NULL },
                  "2025-06-05T10:00:00Z");
  annotation = add_annotation (store, "q-bundle", BRIEFING_ANNOTATION_KIND_QUESTION, BRIEFING_TARGET_BUNDLE,
                               NULL, NULL, "purple", "Who drafts the joint summary for the next round?", NULL,
                               "2025-06-06T10:00:00Z");
  annotation = briefing_annotation_copy (annotation);
  briefing_annotation_set_owner (annotation, "Jane Doe");
  deadline = next_month ();
  briefing_annotation_set_deadline (annotation, &deadline);
  briefing_annotation_store_replace (store, annotation);
  g_object_unref (annotation);

  /* Anchoring finds every quote but the one the article never had. */
  g_assert_cmpuint (briefing_annotation_store_anchor (store, bundle), ==, 1);
  g_assert_true (briefing_annotation_get_detached (briefing_annotation_store_lookup (store, "h-detached")));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *pane;

  fixture->dir = g_dir_make_tmp ("briefing-notes-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = briefing_annotation_store_new (briefing_bundle_get_id (bundle), fixture->dir);
  g_assert_true (briefing_annotation_store_load (fixture->store, &error));
  g_assert_no_error (error);
  if (data == NULL)
    fill_store (fixture->store);

  pane = briefing_notes_pane_new ();
  briefing_notes_pane_set_bundle (BRIEFING_NOTES_PANE (pane), bundle);
  briefing_notes_pane_set_store (BRIEFING_NOTES_PANE (pane), fixture->store);
  fixture->pane = BRIEFING_NOTES_PANE (pane);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (fixture->window, GTK_APPLICATION (app));
  gtk_window_set_default_size (fixture->window, 420, 1100);
  gtk_window_set_child (fixture->window, pane);
  gtk_window_present (fixture->window);
  briefing_test_settle (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (fixture->window);
  briefing_annotation_store_flush (fixture->store, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->store);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static GListModel *
shown (Fixture *fixture)
{
  GtkListView *view = GTK_LIST_VIEW (find_of_type (GTK_WIDGET (fixture->pane), GTK_TYPE_LIST_VIEW));

  return G_LIST_MODEL (gtk_list_view_get_model (view));
}

static GtkDropDown *
dropdown (Fixture    *fixture,
          const char *id)
{
  GtkWidget *widget = find_widget (GTK_WIDGET (fixture->pane), has_id, id);

  g_assert_true (GTK_IS_DROP_DOWN (widget));
  return GTK_DROP_DOWN (widget);
}

/* The position of the item saying @text in @dropdown's list. */
static guint
item_position (GtkDropDown *dropdown,
               const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        return i;
    }
  g_error ("no “%s” in the dropdown", text);
}

static void
choose (Fixture    *fixture,
        const char *dropdown_id,
        const char *text)
{
  GtkDropDown *widget = dropdown (fixture, dropdown_id);

  gtk_drop_down_set_selected (widget, item_position (widget, text));
  briefing_test_settle (GTK_WIDGET (fixture->window));
}

static gboolean
has_n_items (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* Types @text in the search entry and waits for the list to show @expected rows. */
static void
search (Fixture    *fixture,
        const char *text,
        guint       expected)
{
  GtkWidget *entry = find_of_type (GTK_WIDGET (fixture->pane), GTK_TYPE_SEARCH_ENTRY);
  gpointer args[] = { shown (fixture), GUINT_TO_POINTER (expected) };
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (!has_n_items (args))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  briefing_test_settle (GTK_WIDGET (fixture->window));
}

static void
assert_shown (Fixture           *fixture,
              const char * const *ids)
{
  GListModel *model = shown (fixture);
  guint n = g_strv_length ((char **) ids);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingAnnotation) annotation = g_list_model_get_item (model, i);

      g_assert_cmpstr (briefing_annotation_get_id (annotation), ==, ids[i]);
    }
}

static void
test_lists_annotations (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *pane = GTK_WIDGET (fixture->pane);
  g_autofree char *due = NULL;
  g_autofree char *date = NULL;
  BriefingDate deadline = next_month ();
  GtkWidget *row, *badge;

  /* Newest first, all seven, and the count says so. */
  assert_shown (fixture, (const char *[]) { "q-bundle", "n-demand", "n-event", "h-swap", "q-round3",
                                            "h-detached", "h-first", NULL });
  g_assert_nonnull (find_widget (pane, label_is, "7 notes"));
  g_assert_cmpuint (count_widgets (pane, is_of_type, GSIZE_TO_POINTER (BRIEFING_TYPE_NOTE_ROW)), ==, 7);

  /* What each is attached to, in words. */
  g_assert_nonnull (find_widget (pane, label_is, "Second Istanbul round: a new prisoner swap, but no ceasefire"));
  g_assert_nonnull (find_widget (pane, label_is, "Event: Second round of direct talks"));
  g_assert_nonnull (find_widget (pane, label_is, "Demand: Ukrainian neutrality and no NATO membership"));
  g_assert_nonnull (find_widget (pane, label_is, "Whole bundle"));

  /* Quotes, notes, a colour's meaning in words beside its swatch, the kind. */
  g_assert_nonnull (find_widget (pane, label_is, "“turned down an unconditional ceasefire”"));
  g_assert_nonnull (find_widget (pane, label_is, "Ask the desk about the memoranda swapped at the table."));
  g_assert_nonnull (find_widget (pane, label_is, briefing_annotation_store_get_label (fixture->store, "yellow")));
  g_assert_cmpuint (count_widgets (pane, is_kind_label, "Question"), ==, 2);
  g_assert_cmpuint (count_widgets (pane, is_kind_label, "Highlight"), ==, 3);
  g_assert_nonnull (find_widget (pane, label_is, "memoranda"));

  /* Questions: owner by party name or as written, deadline, overdue said in words. */
  g_assert_nonnull (find_widget (pane, label_is, "Owner: Russia"));
  g_assert_nonnull (find_widget (pane, label_is, "Owner: Jane Doe"));
  g_assert_nonnull (find_widget (pane, label_is, "Due 31 July 2025"));
  date = briefing_date_format (&deadline);
  due = g_strdup_printf ("Due %s", date);
  g_assert_nonnull (find_widget (pane, label_is, due));
  g_assert_cmpuint (count_widgets (pane, label_is, "Overdue"), ==, 1);
  row = find_widget (pane, is_row_of, "q-round3");
  g_assert_nonnull (find_widget (row, label_is, "Overdue"));

  /* Only the detached highlight has the badge, with its reason as tooltip. */
  g_assert_cmpuint (count_widgets (pane, label_is, "Detached"), ==, 1);
  row = find_widget (pane, is_row_of, "h-detached");
  badge = gtk_widget_get_parent (find_widget (row, label_is, "Detached"));
  g_assert_cmpstr (briefing_widget_get_tooltip (badge), ==, "The quoted words are no longer in the article");
  g_assert_true (gtk_widget_get_has_tooltip (badge));

  briefing_test_save_screenshot (GTK_WIDGET (fixture->window), "notes-pane");
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  briefing_test_settle (GTK_WIDGET (fixture->window));
  briefing_test_save_screenshot (GTK_WIDGET (fixture->window), "notes-pane-dark");
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *pane = GTK_WIDGET (fixture->pane);
  GtkWidget *popover;

  /* Colour: by its meaning, as the dropdown says it, beside its swatch. */
  for (popover = gtk_widget_get_first_child (GTK_WIDGET (dropdown (fixture, "color_dropdown")));
       !GTK_IS_POPOVER (popover); popover = gtk_widget_get_next_sibling (popover))
    ;
  gtk_popover_popup (GTK_POPOVER (popover));
  briefing_test_settle (popover);
  g_assert_cmpuint (count_widgets (popover, is_of_type, GSIZE_TO_POINTER (BRIEFING_TYPE_ANNOTATION_SWATCH)), ==,
                    BRIEFING_N_COLORS);
  g_assert_nonnull (find_widget (popover, label_is, briefing_annotation_store_get_label (fixture->store, "green")));
  briefing_test_save_screenshot (popover, "notes-pane-colour-filter");
  gtk_popover_popdown (GTK_POPOVER (popover));
  choose (fixture, "color_dropdown", briefing_annotation_store_get_label (fixture->store, "red"));
  assert_shown (fixture, (const char *[]) { "h-first", NULL });
  g_assert_nonnull (find_widget (pane, label_is, "1 of 7 notes"));
  choose (fixture, "color_dropdown", "All colours");

  /* Kind. */
  choose (fixture, "kind_dropdown", "Questions");
  assert_shown (fixture, (const char *[]) { "q-bundle", "q-round3", NULL });
  choose (fixture, "kind_dropdown", "Notes");
  assert_shown (fixture, (const char *[]) { "n-demand", "n-event", NULL });
  choose (fixture, "kind_dropdown", "Highlights");
  assert_shown (fixture, (const char *[]) { "h-swap", "h-detached", "h-first", NULL });
  g_assert_nonnull (find_widget (pane, label_is, "3 of 7 notes"));
  choose (fixture, "kind_dropdown", "All kinds");

  /* Tag: the tags in use, sorted. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown (fixture, "tag_dropdown"))), ==, 6);
  g_assert_cmpuint (item_position (dropdown (fixture, "tag_dropdown"), "ceasefire"), ==, 1);
  choose (fixture, "tag_dropdown", "prisoners");
  assert_shown (fixture, (const char *[]) { "q-round3", "h-first", NULL });

  /* Filters combine: prisoners and questions. */
  choose (fixture, "kind_dropdown", "Questions");
  assert_shown (fixture, (const char *[]) { "q-round3", NULL });
  choose (fixture, "kind_dropdown", "All kinds");
  choose (fixture, "tag_dropdown", "All tags");

  /* Article: only those with annotations, by headline. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown (fixture, "article_dropdown"))), ==, 5);
  choose (fixture, "article_dropdown", "First direct Russia–Ukraine talks since 2022 end with a prisoner deal");
  assert_shown (fixture, (const char *[]) { "h-first", NULL });
  choose (fixture, "article_dropdown", "All articles");

  /* Search: notes, quotes and tags, whatever the case. */
  search (fixture, "CEASEFIRE", 2);
  assert_shown (fixture, (const char *[]) { "h-swap", "h-detached", NULL });
  search (fixture, "memoranda", 1);
  assert_shown (fixture, (const char *[]) { "n-event", NULL });
  search (fixture, "nato", 1);
  assert_shown (fixture, (const char *[]) { "n-demand", NULL });

  /* Nothing left: the pane says so and offers to clear the filters. */
  search (fixture, "no such words", 0);
  g_assert_nonnull (find_widget (pane, label_is, "No Matching Notes"));
  g_assert_nonnull (find_widget (pane, label_is, "0 of 7 notes"));
  briefing_test_save_screenshot (GTK_WIDGET (fixture->window), "notes-pane-no-match");
  g_assert_true (gtk_widget_activate_action (pane, "notes.clear-filters", NULL));
  briefing_test_settle (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 7);
  g_assert_nonnull (find_widget (pane, label_is, "7 notes"));
}

static void
test_follows_store (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *pane = GTK_WIDGET (fixture->pane);
  g_autoptr(BriefingAnnotation) added = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);

  /* A tag chosen stays chosen while it is in use, and goes when it is not. */
  choose (fixture, "tag_dropdown", "memoranda");
  assert_shown (fixture, (const char *[]) { "n-event", NULL });

  briefing_annotation_set_target (added, BRIEFING_TARGET_EVENT, "e-round3");
  briefing_annotation_set_note (added, "The working groups are new.");
  briefing_annotation_set_tags (added, (const char *[]) { "memoranda", "working groups", NULL });
  briefing_annotation_store_add (fixture->store, added);
  briefing_test_settle (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 2);
  g_assert_nonnull (find_widget (pane, label_is, "2 of 8 notes"));
  g_assert_cmpuint (item_position (dropdown (fixture, "tag_dropdown"), "working groups"), >, 0);

  g_assert_true (briefing_annotation_store_remove (fixture->store, briefing_annotation_get_id (added)));
  g_assert_true (briefing_annotation_store_remove (fixture->store, "n-event"));
  briefing_test_settle (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown (fixture, "tag_dropdown")), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 6);
  g_assert_nonnull (find_widget (pane, label_is, "6 notes"));
}

static void
on_annotation (BriefingNotesPane   *pane,
               BriefingAnnotation  *annotation,
               BriefingAnnotation **received)
{
  g_set_object (received, annotation);
}

static void
test_signals (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *pane = GTK_WIDGET (fixture->pane);
  g_autoptr(BriefingAnnotation) activated = NULL;
  g_autoptr(BriefingAnnotation) edit = NULL;
  g_autoptr(BriefingAnnotation) delete = NULL;
  GtkWidget *list_view = find_of_type (pane, GTK_TYPE_LIST_VIEW);
  GtkWidget *row, *button;

  g_signal_connect (pane, "annotation-activated", G_CALLBACK (on_annotation), &activated);
  g_signal_connect (pane, "edit-requested", G_CALLBACK (on_annotation), &edit);
  g_signal_connect (pane, "delete-requested", G_CALLBACK (on_annotation), &delete);

  /* Activating the fourth row (click or Enter) asks to show that annotation. */
  g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", 3));
  g_assert_nonnull (activated);
  g_assert_cmpstr (briefing_annotation_get_id (activated), ==, "h-swap");
  g_assert_null (edit);
  g_assert_null (delete);

  /* Each row's buttons name what they act on, and ask for that one. */
  row = find_widget (pane, is_row_of, "n-event");
  button = find_widget (row, has_id, "edit_button");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Edit Note");
  g_assert_cmpstr (briefing_widget_get_tooltip (button), ==, "Edit");
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (edit);
  g_assert_cmpstr (briefing_annotation_get_id (edit), ==, "n-event");

  row = find_widget (pane, is_row_of, "q-round3");
  button = find_widget (row, has_id, "delete_button");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Delete Question");
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (delete);
  g_assert_cmpstr (briefing_annotation_get_id (delete), ==, "q-round3");

  /* The pane itself changes nothing. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 7);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *pane = GTK_WIDGET (fixture->pane);

  g_assert_null (find_of_type (pane, GTK_TYPE_SEARCH_ENTRY));
  g_assert_nonnull (find_widget (pane, label_is, "No Notes Yet"));
  g_assert_nonnull (find_widget (pane, label_is, "Select words in an article and press Ctrl+H to highlight "
                                                 "them, or add a note to an event."));
  g_assert_null (find_widget (pane, label_is, "Clear Filters"));
  briefing_test_save_screenshot (GTK_WIDGET (fixture->window), "notes-pane-empty");
}

static void
test_color_labels (Fixture       *fixture,
                   gconstpointer  data)
{
  BriefingColorLabelsDialog *dialog = briefing_color_labels_dialog_new (fixture->window, fixture->store);
  GtkDropDown *colors = dropdown (fixture, "color_dropdown");
  GtkWidget *entry;
  g_autoptr(GtkStringObject) item = NULL;

  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (g_nullify_pointer), &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  briefing_test_settle (GTK_WIDGET (dialog));

  /* Six rows: the colour in words and an entry named after it, holding the meaning. */
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), label_is, "Yellow"));
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), label_is, "Orange"));
  g_assert_cmpuint (count_widgets (GTK_WIDGET (dialog), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_ENTRY)), ==, 6);
  entry = find_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, "Meaning of Yellow");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==,
                   briefing_annotation_store_get_label (fixture->store, "yellow"));
  briefing_test_save_screenshot (GTK_WIDGET (dialog), "color-labels-dialog");

  gtk_editable_set_text (GTK_EDITABLE (entry), "  Ceasefire terms ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "labels.save", NULL));
  g_assert_null (dialog);

  /* The store has the new meaning, and the pane's colour filter and rows show it. */
  g_assert_cmpstr (briefing_annotation_store_get_label (fixture->store, "yellow"), ==, "Ceasefire terms");
  briefing_test_settle (GTK_WIDGET (fixture->window));
  item = g_list_model_get_item (gtk_drop_down_get_model (colors), 1);
  g_assert_cmpstr (gtk_string_object_get_string (item), ==, "Ceasefire terms");
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->pane), label_is, "Ceasefire terms"));
}

/* Thousands of annotations: the list binds only the rows it shows, filtering and changes stay
 * quick. Timings are printed; the bounds are loose, for slow machines. */
static void
test_many (Fixture       *fixture,
           gconstpointer  data)
{
  const guint n = 5000;
  g_autoptr(BriefingAnnotationStore) store = briefing_annotation_store_new ("many", fixture->dir);
  g_autoptr(BriefingAnnotation) added = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  gint64 start, shown_after, filtered_after, added_after;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingAnnotation) annotation = briefing_annotation_new (i % 3);
      g_autofree char *note = g_strdup_printf ("Note number %u about round %u", i, i % 3 + 1);
      const char *tags[] = { i % 2 ? "odd" : "even", NULL };

      briefing_annotation_set_target (annotation, BRIEFING_TARGET_EVENT, "e-round2");
      briefing_annotation_set_color (annotation, briefing_annotation_colors[i % BRIEFING_N_COLORS]);
      briefing_annotation_set_note (annotation, note);
      briefing_annotation_set_tags (annotation, tags);
      briefing_annotation_store_add (store, annotation);
    }

  /* Shown at once, as when a bundle with its notes is opened. */
  start = g_get_monotonic_time ();
  briefing_notes_pane_set_store (fixture->pane, store);
  briefing_test_settle (GTK_WIDGET (fixture->window));
  shown_after = g_get_monotonic_time () - start;
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->pane), label_is, "5000 notes"));
  g_assert_cmpuint (count_widgets (GTK_WIDGET (fixture->pane), is_of_type,
                                   GSIZE_TO_POINTER (BRIEFING_TYPE_NOTE_ROW)), <, 100);

  start = g_get_monotonic_time ();
  search (fixture, "number 4999", 1);
  choose (fixture, "tag_dropdown", "odd");
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 1);
  search (fixture, "", n / 2);
  filtered_after = g_get_monotonic_time () - start;

  /* One more, while all are listed. */
  start = g_get_monotonic_time ();
  briefing_annotation_set_target (added, BRIEFING_TARGET_BUNDLE, NULL);
  briefing_annotation_set_tags (added, (const char *[]) { "odd", NULL });
  briefing_annotation_store_add (store, added);
  briefing_test_settle (GTK_WIDGET (fixture->window));
  added_after = g_get_monotonic_time () - start;
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, n / 2 + 1);

  g_test_message ("%u annotations: shown in %" G_GINT64_FORMAT " ms, searched and filtered in %"
                  G_GINT64_FORMAT " ms, one added in %" G_GINT64_FORMAT " ms",
                  n, shown_after / 1000, filtered_after / 1000, added_after / 1000);
  /* How fast is for the benchmarks (tests/bench/); a loaded machine must not fail this test. */

  briefing_notes_pane_set_store (fixture->pane, NULL);
  briefing_annotation_store_flush (store, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!briefing_test_have_display ())
    return 0;

  briefing_test_init_gtk (&argc, &argv);

  app = briefing_test_new_application (0);
  bundle = briefing_test_load_sample ();

  g_test_add ("/notes-pane/lists-annotations", Fixture, NULL, fixture_set_up, test_lists_annotations,
              fixture_tear_down);
  g_test_add ("/notes-pane/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/notes-pane/follows-store", Fixture, NULL, fixture_set_up, test_follows_store, fixture_tear_down);
  g_test_add ("/notes-pane/signals", Fixture, NULL, fixture_set_up, test_signals, fixture_tear_down);
  g_test_add ("/notes-pane/empty", Fixture, "empty", fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/notes-pane/color-labels", Fixture, NULL, fixture_set_up, test_color_labels, fixture_tear_down);
  g_test_add ("/notes-pane/many", Fixture, "empty", fixture_set_up, test_many, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&bundle);
  g_clear_object (&app);
  return status;
}
