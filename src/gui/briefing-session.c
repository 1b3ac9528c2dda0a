/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-session"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "briefing-position.h"
#include "briefing-session.h"

/* Search results shown at most; the rest is rarely read and costs time to list. */
#define MAX_SEARCH_RESULTS 500
/* The search index is made again this long after the last edit. */
#define REINDEX_DELAY_MS 500

struct _BriefingSession
{
  GObject              parent_instance;

  BriefingBundle      *bundle;
  BriefingAnnotationStore *annotations;
  GListStore          *question_events;  /* of BriefingEvent, made from questions with a deadline */
  GListStore          *event_sources;    /* the bundle's events, then question_events */
  GtkFlattenListModel *timeline_events;
  BriefingEvent       *selected_event;
  BriefingArticle     *selected_article;
  gint64               quote_start;
  gint64               quote_end;

  GListModel          *positions;
  BriefingConvergence *convergence;

  char                *search_query;
  GListStore          *search_results;
  BriefingSearchIndex *search_index;
  GCancellable        *index_cancellable;
  GCancellable        *query_cancellable;
  guint                reindex_source;
  gboolean             edited;  /* the bundle changed since it was set */
};

G_DEFINE_FINAL_TYPE (BriefingSession, briefing_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUNDLE,
  PROP_ANNOTATIONS,
  PROP_TIMELINE_EVENTS,
  PROP_SELECTED_EVENT,
  PROP_POSITIONS,
  PROP_CONVERGENCE,
  PROP_SELECTED_ARTICLE,
  PROP_QUOTE_START,
  PROP_QUOTE_END,
  PROP_SEARCH_QUERY,
  PROP_SEARCH_RESULTS,
  PROP_SEARCHING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void run_query (BriefingSession *self);
static void on_bundle_items_changed (BriefingSession *self);
static void build_index (BriefingSession *self);
static gboolean reindex_cb (gpointer user_data);

static void
connect_bundle (BriefingSession *self,
                gboolean         connect)
{
  GListModel *models[4];

  if (self->bundle == NULL)
    return;

  models[0] = briefing_bundle_get_parties (self->bundle);
  models[1] = briefing_bundle_get_events (self->bundle);
  models[2] = briefing_bundle_get_demands (self->bundle);
  models[3] = briefing_bundle_get_articles (self->bundle);
  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    if (connect)
      g_signal_connect_swapped (models[i], "items-changed", G_CALLBACK (on_bundle_items_changed), self);
    else
      g_signal_handlers_disconnect_by_func (models[i], on_bundle_items_changed, self);
}

static void
update_positions (BriefingSession *self)
{
  g_clear_object (&self->positions);
  g_clear_object (&self->convergence);

  if (self->bundle != NULL)
    {
      /* A question's deadline is not an event of the bundle: it shows the latest positions. */
      BriefingEvent *at = self->selected_event;

      if (at != NULL && briefing_bundle_lookup_event (self->bundle, briefing_event_get_id (at)) != at)
        at = NULL;
      self->positions = briefing_positions_at (self->bundle, at);
      self->convergence = briefing_convergence_new_for_positions (self->bundle, self->positions);
    }
  else
    self->positions = G_LIST_MODEL (g_list_store_new (BRIEFING_TYPE_POSITION));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITIONS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVERGENCE]);
}

/* An edit replaces items by changed copies: the selection follows its id to the copy, or goes
 * when the item was removed, and the derived models are made again. */
static void
on_bundle_items_changed (BriefingSession *self)
{
  BriefingEvent *event = self->selected_event;
  BriefingArticle *article = self->selected_article;

  if (event != NULL && briefing_session_get_question_for_event (self, event) == NULL)
    {
      BriefingEvent *now = briefing_bundle_lookup_event (self->bundle, briefing_event_get_id (event));

      if (now != event)
        {
          g_set_object (&self->selected_event, now);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
        }
    }
  if (article != NULL && briefing_bundle_lookup_article (self->bundle, briefing_article_get_id (article)) != article)
    briefing_session_show_quote (self, NULL, -1, -1);

  update_positions (self);

  /* Searches find what the bundle says now, once the edits pause. */
  self->edited = TRUE;
  g_clear_handle_id (&self->reindex_source, g_source_remove);
  self->reindex_source = g_timeout_add (REINDEX_DELAY_MS, reindex_cb, self);
}

/* Open questions with a deadline become deadline events of the timeline, with ids of their own. */
static void
update_question_events (BriefingSession *self)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->annotations != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->annotations)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);
      const BriefingDate *deadline = briefing_annotation_get_deadline (annotation);
      g_autofree char *id = NULL;
      g_autofree char *title = NULL;
      const char *note;
      BriefingEvent *event;

      if (briefing_annotation_get_kind (annotation) != BRIEFING_ANNOTATION_KIND_QUESTION || deadline == NULL)
        continue;

      note = briefing_annotation_get_note (annotation);
      id = g_strconcat ("question:", briefing_annotation_get_id (annotation), NULL);
      /* Translators: the title of an open question's deadline on the timeline; %s is the question */
      title = g_strdup_printf (_("Question: %s"), note != NULL ? note : _("(no text)"));
      event = briefing_event_new (id, BRIEFING_EVENT_KIND_DEADLINE, title, deadline);
      g_object_set_data_full (G_OBJECT (event), "briefing-question", g_object_ref (annotation), g_object_unref);
      g_ptr_array_add (events, event);
    }

  g_list_store_splice (self->question_events, 0, g_list_model_get_n_items (G_LIST_MODEL (self->question_events)),
                       events->pdata, events->len);
}

static void
on_annotations_changed (BriefingSession *self,
                        guint            position,
                        guint            removed,
                        guint            added,
                        GListModel      *model)
{
  update_question_events (self);
}

static void
set_results (BriefingSession *self,
             GListModel      *results)
{
  guint n = results != NULL ? g_list_model_get_n_items (results) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (results, i));

  /* One splice, so a list view bound to the results updates once. */
  g_list_store_splice (self->search_results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->search_results)),
                       items->pdata, items->len);
}

static gboolean
is_searching (BriefingSession *self)
{
  return self->query_cancellable != NULL || (self->index_cancellable != NULL && self->search_query != NULL &&
                                             self->search_query[0] != '\0');
}

static void
set_cancellable (BriefingSession  *self,
                 GCancellable    **slot,
                 GCancellable     *cancellable)
{
  gboolean was = is_searching (self);

  if (*slot != NULL)
    g_cancellable_cancel (*slot);
  g_clear_object (slot);
  *slot = cancellable != NULL ? g_object_ref (cancellable) : NULL;

  if (was != is_searching (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
}

static void
query_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BriefingSession) self = user_data;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;

  results = briefing_search_index_query_finish (BRIEFING_SEARCH_INDEX (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->query_cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
  set_results (self, results);
}

/* Runs the current query on a worker; a newer one cancels it. */
static void
run_query (BriefingSession *self)
{
  g_autoptr(GCancellable) cancellable = NULL;

  if (self->search_query == NULL || self->search_query[0] == '\0')
    {
      set_cancellable (self, &self->query_cancellable, NULL);
      set_results (self, NULL);
      return;
    }

  /* The index is still being built: the query runs when it is ready. */
  if (self->search_index == NULL)
    return;

  cancellable = g_cancellable_new ();
  set_cancellable (self, &self->query_cancellable, cancellable);
  briefing_search_index_query_async (self->search_index, self->search_query, MAX_SEARCH_RESULTS, cancellable,
                                     query_done_cb, g_object_ref (self));
}

static void
index_built_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BriefingSession) self = user_data;
  g_autoptr(BriefingSearchIndex) index = NULL;
  g_autoptr(GError) error = NULL;

  index = briefing_search_index_new_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_set_object (&self->search_index, index);
  set_cancellable (self, &self->index_cancellable, NULL);
  run_query (self);
}

/* The items of the bundle as they are now, in a bundle of their own: the index reads it on a worker
 * while the user may edit the real one, and keeps the items it points to alive. */
static BriefingBundle *
snapshot_bundle (BriefingBundle *bundle)
{
  BriefingBundle *copy = briefing_bundle_new (briefing_bundle_get_id (bundle), briefing_bundle_get_title (bundle));
  GListModel *models[] = {
    briefing_bundle_get_parties (bundle), briefing_bundle_get_articles (bundle),
    briefing_bundle_get_events (bundle), briefing_bundle_get_demands (bundle),
  };

  briefing_bundle_set_language (copy, briefing_bundle_get_language (bundle));
  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (models[m], i);

        if (BRIEFING_IS_PARTY (item))
          briefing_bundle_add_party (copy, BRIEFING_PARTY (item));
        else if (BRIEFING_IS_ARTICLE (item))
          briefing_bundle_add_article (copy, BRIEFING_ARTICLE (item));
        else if (BRIEFING_IS_EVENT (item))
          briefing_bundle_add_event (copy, BRIEFING_EVENT (item));
        else
          briefing_bundle_add_demand (copy, BRIEFING_DEMAND (item));
      }

  return copy;
}

/* The search index is built in the background; queries wait for it. A bundle read from a file is
 * not changed while the index is built; an edited one is indexed from a snapshot. */
static void
build_index (BriefingSession *self)
{
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(BriefingBundle) snapshot = NULL;

  g_clear_handle_id (&self->reindex_source, g_source_remove);

  if (self->bundle == NULL)
    {
      set_cancellable (self, &self->index_cancellable, NULL);
      return;
    }

  snapshot = self->edited ? snapshot_bundle (self->bundle) : g_object_ref (self->bundle);
  cancellable = g_cancellable_new ();
  set_cancellable (self, &self->index_cancellable, cancellable);
  briefing_search_index_new_async (snapshot, cancellable, index_built_cb, g_object_ref (self));
}

static gboolean
reindex_cb (gpointer user_data)
{
  BriefingSession *self = user_data;

  self->reindex_source = 0;
  build_index (self);
  return G_SOURCE_REMOVE;
}

static void
briefing_session_dispose (GObject *object)
{
  BriefingSession *self = BRIEFING_SESSION (object);

  if (self->index_cancellable != NULL)
    g_cancellable_cancel (self->index_cancellable);
  if (self->query_cancellable != NULL)
    g_cancellable_cancel (self->query_cancellable);
  g_clear_handle_id (&self->reindex_source, g_source_remove);
  g_clear_object (&self->index_cancellable);
  g_clear_object (&self->query_cancellable);
  g_clear_object (&self->search_index);
  connect_bundle (self, FALSE);
  g_clear_object (&self->bundle);
  g_clear_object (&self->selected_event);
  g_clear_object (&self->selected_article);
  g_clear_object (&self->positions);
  g_clear_object (&self->convergence);
  g_clear_object (&self->search_results);
  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_changed, self);
  g_clear_object (&self->annotations);
  g_clear_object (&self->timeline_events);
  g_clear_object (&self->event_sources);
  g_clear_object (&self->question_events);

  G_OBJECT_CLASS (briefing_session_parent_class)->dispose (object);
}

static void
briefing_session_finalize (GObject *object)
{
  BriefingSession *self = BRIEFING_SESSION (object);

  g_clear_pointer (&self->search_query, g_free);

  G_OBJECT_CLASS (briefing_session_parent_class)->finalize (object);
}

static void
briefing_session_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BriefingSession *self = BRIEFING_SESSION (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    case PROP_ANNOTATIONS:
      g_value_set_object (value, self->annotations);
      break;
    case PROP_TIMELINE_EVENTS:
      g_value_set_object (value, self->timeline_events);
      break;
    case PROP_SELECTED_EVENT:
      g_value_set_object (value, self->selected_event);
      break;
    case PROP_POSITIONS:
      g_value_set_object (value, self->positions);
      break;
    case PROP_CONVERGENCE:
      g_value_set_object (value, self->convergence);
      break;
    case PROP_SELECTED_ARTICLE:
      g_value_set_object (value, self->selected_article);
      break;
    case PROP_QUOTE_START:
      g_value_set_int64 (value, self->quote_start);
      break;
    case PROP_QUOTE_END:
      g_value_set_int64 (value, self->quote_end);
      break;
    case PROP_SEARCH_QUERY:
      g_value_set_string (value, self->search_query);
      break;
    case PROP_SEARCH_RESULTS:
      g_value_set_object (value, self->search_results);
      break;
    case PROP_SEARCHING:
      g_value_set_boolean (value, is_searching (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_session_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BriefingSession *self = BRIEFING_SESSION (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      briefing_session_set_bundle (self, g_value_get_object (value));
      break;
    case PROP_ANNOTATIONS:
      briefing_session_set_annotations (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_EVENT:
      briefing_session_set_selected_event (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ARTICLE:
      briefing_session_set_selected_article (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_QUERY:
      briefing_session_set_search_query (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_session_class_init (BriefingSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = briefing_session_dispose;
  object_class->finalize = briefing_session_finalize;
  object_class->get_property = briefing_session_get_property;
  object_class->set_property = briefing_session_set_property;

  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANNOTATIONS] =
    g_param_spec_object ("annotations", NULL, NULL, BRIEFING_TYPE_ANNOTATION_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMELINE_EVENTS] =
    g_param_spec_object ("timeline-events", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, BRIEFING_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITIONS] =
    g_param_spec_object ("positions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONVERGENCE] =
    g_param_spec_object ("convergence", NULL, NULL, BRIEFING_TYPE_CONVERGENCE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ARTICLE] =
    g_param_spec_object ("selected-article", NULL, NULL, BRIEFING_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUOTE_START] =
    g_param_spec_int64 ("quote-start", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUOTE_END] =
    g_param_spec_int64 ("quote-end", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_QUERY] =
    g_param_spec_string ("search-query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_RESULTS] =
    g_param_spec_object ("search-results", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_session_init (BriefingSession *self)
{
  self->quote_start = self->quote_end = -1;
  self->search_results = g_list_store_new (BRIEFING_TYPE_SEARCH_RESULT);
  self->positions = G_LIST_MODEL (g_list_store_new (BRIEFING_TYPE_POSITION));
  self->question_events = g_list_store_new (BRIEFING_TYPE_EVENT);
  self->event_sources = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->event_sources, self->question_events);
  self->timeline_events = gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (self->event_sources)));
}

BriefingSession *
briefing_session_new (void)
{
  return g_object_new (BRIEFING_TYPE_SESSION, NULL);
}

BriefingBundle *
briefing_session_get_bundle (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);

  return self->bundle;
}

void
briefing_session_set_bundle (BriefingSession *self,
                             BriefingBundle  *bundle)
{
  g_return_if_fail (BRIEFING_IS_SESSION (self));
  g_return_if_fail (bundle == NULL || BRIEFING_IS_BUNDLE (bundle));

  if (self->bundle == bundle)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  connect_bundle (self, FALSE);
  g_set_object (&self->bundle, bundle);
  connect_bundle (self, TRUE);
  self->edited = FALSE;
  briefing_session_set_selected_event (self, NULL);
  briefing_session_set_annotations (self, NULL);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->event_sources)) > 1)
    g_list_store_remove (self->event_sources, 0);
  if (bundle != NULL)
    g_list_store_insert (self->event_sources, 0, briefing_bundle_get_events (bundle));
  briefing_session_show_quote (self, NULL, -1, -1);
  briefing_session_set_search_query (self, NULL);
  update_positions (self);

  g_clear_object (&self->search_index);
  build_index (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
  g_object_thaw_notify (G_OBJECT (self));
}

BriefingEvent *
briefing_session_get_selected_event (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);

  return self->selected_event;
}

void
briefing_session_set_selected_event (BriefingSession *self,
                                     BriefingEvent   *event)
{
  g_return_if_fail (BRIEFING_IS_SESSION (self));
  g_return_if_fail (event == NULL || BRIEFING_IS_EVENT (event));

  if (!g_set_object (&self->selected_event, event))
    return;

  update_positions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

GListModel *
briefing_session_get_positions (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);

  return self->positions;
}

BriefingConvergence *
briefing_session_get_convergence (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);

  return self->convergence;
}

BriefingArticle *
briefing_session_get_selected_article (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);

  return self->selected_article;
}

void
briefing_session_set_selected_article (BriefingSession *self,
                                       BriefingArticle *article)
{
  g_return_if_fail (BRIEFING_IS_SESSION (self));

  /* Choosing an article by hand shows it from the top, without a quote. */
  if (article != self->selected_article)
    briefing_session_show_quote (self, article, -1, -1);
}

gint64
briefing_session_get_quote_start (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), -1);

  return self->quote_start;
}

gint64
briefing_session_get_quote_end (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), -1);

  return self->quote_end;
}

void
briefing_session_show_quote (BriefingSession *self,
                             BriefingArticle *article,
                             gint64           start,
                             gint64           end)
{
  gsize length;

  g_return_if_fail (BRIEFING_IS_SESSION (self));
  g_return_if_fail (article == NULL || BRIEFING_IS_ARTICLE (article));

  length = article != NULL ? briefing_article_get_text_length (article) : 0;
  if (article == NULL || start < 0 || end <= start || (gsize) end > length)
    start = end = -1;

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->selected_article, article))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ARTICLE]);
  if (self->quote_start != start)
    {
      self->quote_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE_START]);
    }
  if (self->quote_end != end)
    {
      self->quote_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
briefing_session_show_citation (BriefingSession  *self,
                                BriefingCitation *citation)
{
  BriefingArticle *article;
  gsize start, end;

  g_return_val_if_fail (BRIEFING_IS_SESSION (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_CITATION (citation), FALSE);

  if (self->bundle == NULL)
    return FALSE;

  article = briefing_bundle_lookup_article (self->bundle, briefing_citation_get_source (citation));
  if (article == NULL || !briefing_citation_get_anchor (citation, &start, &end))
    return FALSE;

  briefing_session_show_quote (self, article, start, end);
  return TRUE;
}

const char *
briefing_session_get_search_query (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);

  return self->search_query;
}

void
briefing_session_set_search_query (BriefingSession *self,
                                   const char      *query)
{
  gboolean was_searching;

  g_return_if_fail (BRIEFING_IS_SESSION (self));

  if (g_strcmp0 (self->search_query, query) == 0)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  was_searching = is_searching (self);
  g_free (self->search_query);
  self->search_query = g_strdup (query);
  run_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_QUERY]);
  if (was_searching != is_searching (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
  g_object_thaw_notify (G_OBJECT (self));
}

GListModel *
briefing_session_get_search_results (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->search_results);
}

gboolean
briefing_session_get_searching (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), FALSE);

  return is_searching (self);
}

/* Shows what a search result points at: an event selected, a demand where it was first stated,
 * an article at the matched words. */
void
briefing_session_show_search_result (BriefingSession      *self,
                                     BriefingSearchResult *result)
{
  GObject *item;
  gsize start, end;

  g_return_if_fail (BRIEFING_IS_SESSION (self));
  g_return_if_fail (BRIEFING_IS_SEARCH_RESULT (result));

  item = briefing_search_result_get_item (result);
  switch (briefing_search_result_get_kind (result))
    {
    case BRIEFING_SEARCH_KIND_EVENT:
      briefing_session_set_selected_event (self, BRIEFING_EVENT (item));
      break;

    case BRIEFING_SEARCH_KIND_DEMAND:
      if (self->bundle != NULL)
        briefing_session_set_selected_event (self,
                                             briefing_bundle_lookup_event (self->bundle,
                                                                           briefing_demand_get_first_stated (BRIEFING_DEMAND (item))));
      break;

    case BRIEFING_SEARCH_KIND_ARTICLE:
      if (briefing_search_result_get_text_range (result, &start, &end))
        briefing_session_show_quote (self, BRIEFING_ARTICLE (item), start, end);
      else
        briefing_session_set_selected_article (self, BRIEFING_ARTICLE (item));
      break;

    case BRIEFING_SEARCH_KIND_PARTY:
    default:
      /* The latest positions show every party's demands. */
      briefing_session_set_selected_event (self, NULL);
      break;
    }
}

BriefingAnnotationStore *
briefing_session_get_annotations (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);

  return self->annotations;
}

void
briefing_session_set_annotations (BriefingSession         *self,
                                  BriefingAnnotationStore *annotations)
{
  g_return_if_fail (BRIEFING_IS_SESSION (self));
  g_return_if_fail (annotations == NULL || BRIEFING_IS_ANNOTATION_STORE (annotations));

  if (self->annotations == annotations)
    return;

  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_changed, self);
  g_set_object (&self->annotations, annotations);
  if (annotations != NULL)
    g_signal_connect_swapped (annotations, "items-changed", G_CALLBACK (on_annotations_changed), self);

  update_question_events (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATIONS]);
}

GListModel *
briefing_session_get_timeline_events (BriefingSession *self)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->timeline_events);
}

BriefingAnnotation *
briefing_session_get_question_for_event (BriefingSession *self,
                                         BriefingEvent   *event)
{
  g_return_val_if_fail (BRIEFING_IS_SESSION (self), NULL);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), NULL);

  return g_object_get_data (G_OBJECT (event), "briefing-question");
}
