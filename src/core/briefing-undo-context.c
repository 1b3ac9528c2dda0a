/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-undo-context"

#include "config.h"

#include "briefing-undo-context.h"

G_DEFINE_INTERFACE (BriefingUndoHandler, briefing_undo_handler, G_TYPE_OBJECT)

static void
briefing_undo_handler_default_init (BriefingUndoHandlerInterface *iface)
{
}

typedef struct
{
  BriefingUndoHandler *handler;
  gpointer             data;
  char                *label;
} Record;

struct _BriefingUndoContext
{
  GObject    parent_instance;

  GPtrArray *undo_stack;  /* of Record, the newest last */
  GPtrArray *redo_stack;  /* of Record, the next to redo last */
  gboolean   busy;        /* inside a handler's undo or redo */
};

G_DEFINE_FINAL_TYPE (BriefingUndoContext, briefing_undo_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the properties say, to notify only those that change. */
typedef struct
{
  gboolean  can_undo;
  gboolean  can_redo;
  char     *undo_label;
  char     *redo_label;
} State;

static void
record_free (Record *record)
{
  BriefingUndoHandlerInterface *iface = BRIEFING_UNDO_HANDLER_GET_IFACE (record->handler);

  if (iface->free_data != NULL)
    iface->free_data (record->handler, record->data);
  g_object_unref (record->handler);
  g_free (record->label);
  g_free (record);
}

static const char *
top_label (GPtrArray *stack)
{
  return stack->len > 0 ? ((Record *) stack->pdata[stack->len - 1])->label : NULL;
}

/* The labels are copied: the records they come from may be freed before the comparison. */
static State
get_state (BriefingUndoContext *self)
{
  return (State) {
    self->undo_stack->len > 0,
    self->redo_stack->len > 0,
    g_strdup (top_label (self->undo_stack)),
    g_strdup (top_label (self->redo_stack)),
  };
}

static void
notify_changes (BriefingUndoContext *self,
                State               *before)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (before->can_undo != briefing_undo_context_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != briefing_undo_context_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (g_strcmp0 (before->undo_label, top_label (self->undo_stack)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (g_strcmp0 (before->redo_label, top_label (self->redo_stack)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_object_thaw_notify (G_OBJECT (self));

  g_clear_pointer (&before->undo_label, g_free);
  g_clear_pointer (&before->redo_label, g_free);
}

static void
briefing_undo_context_dispose (GObject *object)
{
  BriefingUndoContext *self = (BriefingUndoContext *)object;

  /* Records hold their handlers: release them as soon as the context goes. */
  if (self->undo_stack != NULL)
    g_ptr_array_set_size (self->undo_stack, 0);
  if (self->redo_stack != NULL)
    g_ptr_array_set_size (self->redo_stack, 0);

  G_OBJECT_CLASS (briefing_undo_context_parent_class)->dispose (object);
}

static void
briefing_undo_context_finalize (GObject *object)
{
  BriefingUndoContext *self = (BriefingUndoContext *)object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_undo_context_parent_class)->finalize (object);
}

static void
briefing_undo_context_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingUndoContext *self = BRIEFING_UNDO_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, briefing_undo_context_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, briefing_undo_context_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, briefing_undo_context_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, briefing_undo_context_get_redo_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_undo_context_class_init (BriefingUndoContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = briefing_undo_context_dispose;
  object_class->finalize = briefing_undo_context_finalize;
  object_class->get_property = briefing_undo_context_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The label of the change Undo would take back ("Add Highlight"), or NULL. */
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_undo_context_init (BriefingUndoContext *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
}

BriefingUndoContext *
briefing_undo_context_new (void)
{
  return g_object_new (BRIEFING_TYPE_UNDO_CONTEXT, NULL);
}

void
briefing_undo_context_push (BriefingUndoContext *self,
                            BriefingUndoHandler *handler,
                            gpointer             data,
                            const char          *label)
{
  State before;
  Record *record;

  g_return_if_fail (BRIEFING_IS_UNDO_CONTEXT (self));
  g_return_if_fail (BRIEFING_IS_UNDO_HANDLER (handler));
  /* A handler taking a change back must not record a new one. */
  g_return_if_fail (!self->busy);

  before = get_state (self);

  record = g_new0 (Record, 1);
  record->handler = g_object_ref (handler);
  record->data = data;
  record->label = g_strdup (label);

  g_ptr_array_set_size (self->redo_stack, 0);
  g_ptr_array_add (self->undo_stack, record);
  if (self->undo_stack->len > BRIEFING_UNDO_CONTEXT_MAX_RECORDS)
    g_ptr_array_remove_range (self->undo_stack, 0,
                              self->undo_stack->len - BRIEFING_UNDO_CONTEXT_MAX_RECORDS);

  notify_changes (self, &before);
}

/* Moves the top record of @from to @to, calling undo or redo on it. */
static gboolean
move_top (BriefingUndoContext *self,
          GPtrArray           *from,
          GPtrArray           *to,
          gboolean             undo)
{
  g_autoptr(GObject) handler = NULL;
  BriefingUndoHandlerInterface *iface;
  State before;
  Record *record;

  g_return_val_if_fail (!self->busy, FALSE);

  if (from->len == 0)
    return FALSE;

  before = get_state (self);
  record = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, record);

  /* The handler may drop the last other reference to itself or to the context. */
  handler = g_object_ref (G_OBJECT (record->handler));
  g_object_ref (self);

  iface = BRIEFING_UNDO_HANDLER_GET_IFACE (record->handler);
  self->busy = TRUE;
  if (undo)
    iface->undo (record->handler, record->data);
  else
    iface->redo (record->handler, record->data);
  self->busy = FALSE;

  notify_changes (self, &before);
  g_object_unref (self);

  return TRUE;
}

gboolean
briefing_undo_context_undo (BriefingUndoContext *self)
{
  g_return_val_if_fail (BRIEFING_IS_UNDO_CONTEXT (self), FALSE);

  return move_top (self, self->undo_stack, self->redo_stack, TRUE);
}

gboolean
briefing_undo_context_redo (BriefingUndoContext *self)
{
  g_return_val_if_fail (BRIEFING_IS_UNDO_CONTEXT (self), FALSE);

  return move_top (self, self->redo_stack, self->undo_stack, FALSE);
}

gboolean
briefing_undo_context_get_can_undo (BriefingUndoContext *self)
{
  g_return_val_if_fail (BRIEFING_IS_UNDO_CONTEXT (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
briefing_undo_context_get_can_redo (BriefingUndoContext *self)
{
  g_return_val_if_fail (BRIEFING_IS_UNDO_CONTEXT (self), FALSE);

  return self->redo_stack->len > 0;
}

const char *
briefing_undo_context_get_undo_label (BriefingUndoContext *self)
{
  g_return_val_if_fail (BRIEFING_IS_UNDO_CONTEXT (self), NULL);

  return top_label (self->undo_stack);
}

const char *
briefing_undo_context_get_redo_label (BriefingUndoContext *self)
{
  g_return_val_if_fail (BRIEFING_IS_UNDO_CONTEXT (self), NULL);

  return top_label (self->redo_stack);
}

void
briefing_undo_context_clear (BriefingUndoContext *self)
{
  State before;

  g_return_if_fail (BRIEFING_IS_UNDO_CONTEXT (self));
  g_return_if_fail (!self->busy);

  before = get_state (self);
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_changes (self, &before);
}
