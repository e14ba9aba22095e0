// @generated: do not edit by hand.
// Source: specs/qonversion-v4.yaml (sha256 a69e708128ae5fbe3b43fde30759aa07de425a7876434b173451df3efe9ecf6a).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A public card code.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AnalyticsCardCode {
        #[serde(rename = "realtime")]
        Realtime,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///One sub-metric of a card.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AnalyticsCardRow {
        ///The sub-metric (for example `trials_count`, `subscriptions_count`, `inapp_count`, `tracked_revenue`).
        pub code: ::std::string::String,
        ///Its value over the range.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<f64>,
        ///Its value over the range before.
        #[serde(
            rename = "valuePrev",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub value_prev: ::std::option::Option<f64>,
    }
    ///The rows of a card, one per sub-metric.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct AnalyticsCardRows(pub ::std::vec::Vec<AnalyticsCardRow>);
    impl ::std::ops::Deref for AnalyticsCardRows {
        type Target = ::std::vec::Vec<AnalyticsCardRow>;
        #[inline]
        fn deref(&self) -> &::std::vec::Vec<AnalyticsCardRow> {
            &self.0
        }
    }
    impl ::std::convert::From<AnalyticsCardRows> for ::std::vec::Vec<AnalyticsCardRow> {
        #[inline]
        fn from(value: AnalyticsCardRows) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<AnalyticsCardRow>> for AnalyticsCardRows {
        #[inline]
        fn from(value: ::std::vec::Vec<AnalyticsCardRow>) -> Self {
            Self(value)
        }
    }
    ///The time series of a chart.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct AnalyticsChart {
        ///The chart code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The currency of money figures.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The environment (0 = sandbox, 1 = production).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<i64>,
        ///Start of the range, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<i64>,
        ///The series limit applied.
        #[serde(
            rename = "maxSeries",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_series: ::std::option::Option<i64>,
        ///What the values measure (for example `usd`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measure: ::std::option::Option<::std::string::String>,
        ///The kind of object (`analytics_chart`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The series.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub series: ::std::vec::Vec<AnalyticsSeries>,
        ///How the series relate (for example `partsOfWhole`).
        #[serde(
            rename = "seriesRelation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub series_relation: ::std::option::Option<::std::string::String>,
        ///End of the range, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<i64>,
        ///How totals are made (for example `sum`).
        #[serde(
            rename = "totalType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_type: ::std::option::Option<::std::string::String>,
        ///The time step.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit: ::std::option::Option<::std::string::String>,
        ///The chart's path.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///A public chart code (25 of them).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AnalyticsChartCode {
        #[serde(rename = "proceeds")]
        Proceeds,
        #[serde(rename = "active-subscriptions")]
        ActiveSubscriptions,
        #[serde(rename = "paid-subscriptions-movement")]
        PaidSubscriptionsMovement,
        #[serde(rename = "users-overview")]
        UsersOverview,
        #[serde(rename = "free-trials")]
        FreeTrials,
        #[serde(rename = "active-trials")]
        ActiveTrials,
        #[serde(rename = "trials-movement")]
        TrialsMovement,
        #[serde(rename = "user-to-trial")]
        UserToTrial,
        #[serde(rename = "trial-to-paid")]
        TrialToPaid,
        #[serde(rename = "user-to-paid")]
        UserToPaid,
        #[serde(rename = "sales")]
        Sales,
        #[serde(rename = "refunds")]
        Refunds,
        #[serde(rename = "refund-rate")]
        RefundRate,
        #[serde(rename = "arppu")]
        Arppu,
        #[serde(rename = "arpu")]
        Arpu,
        #[serde(rename = "trial-cancellation")]
        TrialCancellation,
        #[serde(rename = "subscription-cancellation")]
        SubscriptionCancellation,
        #[serde(rename = "subscriptions-overview")]
        SubscriptionsOverview,
        #[serde(rename = "new-subscriptions")]
        NewSubscriptions,
        #[serde(rename = "mrr")]
        Mrr,
        #[serde(rename = "arr")]
        Arr,
        #[serde(rename = "mrr-movement")]
        MrrMovement,
        #[serde(rename = "arr-movement")]
        ArrMovement,
        #[serde(rename = "user-to-trial-conversion")]
        UserToTrialConversion,
        #[serde(rename = "subscription-cancellation-rate")]
        SubscriptionCancellationRate,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    /**What a chart offers. The example shows `object`, `url`, `code`, `title`, `description`,
`docUrl`, `isAvailable`, `availabilityMessage`, `type_default`, `types`, `units_available`,
`segmentations` (code, label) and `filter_conditions` (attribute, label, category, multiple,
type, values of code and label); the nested lists are kept as JSON.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct AnalyticsChartMeta {
        ///Why not, when it cannot.
        #[serde(
            rename = "availabilityMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub availability_message: ::std::option::Option<::std::string::String>,
        ///The chart code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///What the chart shows.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Where the chart is explained.
        #[serde(
            rename = "docUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub doc_url: ::std::option::Option<::std::string::String>,
        ///The filters the chart takes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub filter_conditions: ::std::vec::Vec<UndocumentedObject>,
        ///Whether the chart can be used.
        #[serde(
            rename = "isAvailable",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_available: ::std::option::Option<bool>,
        ///The kind of object (`analytics_chart_meta`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The attributes the chart can be split by.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub segmentations: ::std::vec::Vec<UndocumentedObject>,
        ///The chart's title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///The default chart type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub type_default: ::std::option::Option<::std::string::String>,
        ///The chart types offered (`line`, `column`, `area`, ...).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub types: ::std::vec::Vec<::std::string::String>,
        ///The time steps offered.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub units_available: ::std::vec::Vec<::std::string::String>,
        ///The path of the metadata.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    /**Generated insights on the project. The page names the fields' meanings (object
`analytics_insights`, generation time, the period, a one-word health label `healthy`,
`watch`, `critical` or null, a summary paragraph, a score from 0 to 10, cache and refresh
flags, an insufficient-data flag, the `insights` list) but the excerpt does not show their
names, so only `object` and `insights` are typed and the rest is kept as JSON.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AnalyticsInsights {
        ///The insights, each with a type, a title, a body and a suggested action.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub insights: ::std::vec::Vec<UndocumentedObject>,
        ///The kind of object (`analytics_insights`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///One point of a series.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct AnalyticsPoint {
        ///Start of the step, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<i64>,
        ///The value over the step.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<f64>,
    }
    ///One series of a chart.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct AnalyticsSeries {
        ///Its points.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<AnalyticsPoint>,
        ///Its label.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        ///Its total over the range.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<f64>,
        ///Its total over the range before.
        #[serde(
            rename = "totalPrev",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_prev: ::std::option::Option<f64>,
    }
    ///A time step.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AnalyticsUnit {
        #[serde(rename = "hour")]
        Hour,
        #[serde(rename = "day")]
        Day,
        #[serde(rename = "week")]
        Week,
        #[serde(rename = "month")]
        Month,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The group to put the user in.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AttachExperimentUserRequest {
        ///The experiment group (at most 256 characters of `^[a-zA-Z0-9._-]+$`).
        pub group_id: ::std::string::String,
    }
    ///An automation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Automation {
        ///What it does.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        pub data: AutomationData,
        ///The automation's id.
        pub id: ::std::string::String,
        ///Its name.
        pub name: ::std::string::String,
        pub object: AutomationObject,
        pub status: AutomationStatus,
        ///Its canonical API path.
        pub url: ::std::string::String,
    }
    ///What the automation does; at least one action. The `event` key is reserved and ignored.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct AutomationActions {
        ///The uid of the push notification to send (made in the dashboard).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push: ::std::option::Option<::std::string::String>,
        ///The uid of the screen to show.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub screen: ::std::option::Option<::std::string::String>,
    }
    /**An automation's configuration, with the fixed shape the section page gives. The endpoint
pages call it an arbitrary JSON object (their examples are `{}`), so no field is required.
Answers also carry `type` (`event` when an initiator is an event).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AutomationData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actions: ::std::option::Option<AutomationActions>,
        ///The events that trigger it (one or more).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub initiators: ::std::vec::Vec<AutomationInitiator>,
        ///`iOS`, `Android`, or null for every platform.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        ///The uid of the segment it runs for; null for every user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segments: ::std::option::Option<::std::string::String>,
        ///Derived on read (`event` when an initiator is an event).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///An event that triggers the automation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct AutomationInitiator {
        ///Always `event` today.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///The dashboard's event id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uid: ::std::option::Option<::std::string::String>,
    }
    ///One page of automations, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AutomationList {
        ///The automations.
        pub data: ::std::vec::Vec<Automation>,
        ///Whether more pages follow.
        pub has_more: bool,
        ///The cursor of the next page; only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///The `object` of an automation.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AutomationObject {
        #[serde(rename = "automation")]
        Automation,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///An automation's mutable fields.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AutomationRequest {
        ///What it does (at most 1024 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        pub data: AutomationData,
        ///Its name (1 to 255 characters).
        pub name: ::std::string::String,
        pub status: AutomationStatus,
    }
    /**An automation's status: `active` fires, `inactive` does not, `paused` stops an active one for
a while. The create and status pages accept `active` and `inactive`; the section page adds
`paused`; answers may carry `unknown` for values a client should not write.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AutomationStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "inactive")]
        Inactive,
        #[serde(rename = "paused")]
        Paused,
        #[serde(rename = "unknown")]
        Unknown,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        UnknownValue(::std::string::String),
    }
    ///The status to set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AutomationStatusRequest {
        pub status: AutomationStatus,
    }
    ///The new status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChangeExperimentStatusRequest {
        pub status: ExperimentStatus,
    }
    ///The group to add.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateExperimentGroupRequest {
        ///Whether it is the control group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_control: ::std::option::Option<bool>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The remote configuration it delivers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remote_config_uid: ::std::option::Option<::std::string::String>,
        ///Its share of the traffic, relative to the other groups.
        pub weight: f64,
    }
    ///The experiment to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateExperimentRequest {
        ///Its stable id (letters, digits, `-`, `_`, `.`; at most 256 characters).
        pub alias_id: ::std::string::String,
        ///The context of a context-specific experiment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context_key: ::std::option::Option<::std::string::String>,
        ///What it tests.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Which way the primary metric should move.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub goal_direction: ::std::option::Option<::std::string::String>,
        ///The target for the primary metric.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub goal_value: ::std::option::Option<f64>,
        ///Whether the experiment is limited to one context.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_context_specific: ::std::option::Option<bool>,
        ///Its name.
        pub name: ::std::string::String,
        ///The metric that decides success.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_metric: ::std::option::Option<::std::string::String>,
        ///The share of users to include, in percent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segment_percent: ::std::option::Option<f64>,
    }
    ///The body of an identity link.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateIdentityRequest {
        ///The external id to link; an id already linked is refused with 409.
        pub identity_id: ::std::string::String,
        ///The Qonversion user to link; without it a new anonymous user is created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    ///The integration to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateIntegrationRequest {
        /**The provider slug, from `GET /integrations/meta` (for example amplitude, appmetrica,
facebook, firebase, mixpanel, posthog, segment, searchads, adjust, appsflyer, branch,
kochava, singular, split_metrics, asapty, tenjin, amazon_s3, google_cloud_storage, slack,
webhooks, braze, clevertap, mailchimp, onesignal, pushwoosh).
*/
        pub integration: ::std::string::String,
        pub target_platform: TargetPlatform,
        ///The title shown in the dashboard (1 to 255 characters).
        pub title: ::std::string::String,
    }
    ///The offering to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateOfferingRequest {
        ///The offering's id (1 to 64 characters; cannot change later).
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_ids: ::std::option::Option<OfferingProductIds>,
        ///Only 0 or null are accepted on create; 1 is refused with 400 `cannot_set_main_directly`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag: ::std::option::Option<i16>,
    }
    ///The product to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateProductRequest {
        ///The App Store product id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apple_product_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<ProductDuration>,
        ///The Google Play base plan id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub google_base_plan_id: ::std::option::Option<::std::string::String>,
        ///The Google Play product id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub google_product_id: ::std::option::Option<::std::string::String>,
        ///The product's id (letters, digits, `-`, `_`, `.`; at most 255 characters).
        pub id: ::std::string::String,
        ///The Stripe product id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe_product_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<ProductType>,
    }
    ///A segment's name and rules.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateSegmentRequest {
        ///The rules, all of which must hold; leave out for a segment without rules.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub conditions: ::std::vec::Vec<SegmentConditionInput>,
        ///The segment's name (at most 256 characters).
        pub name: ::std::string::String,
    }
    ///The body of a user create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateUserRequest {
        pub environment: UserEnvironment,
    }
    /**Envelope `data`: bundles the customer record with attribution, user properties, device info,
and recent track events.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CustomerData {
        ///Attribution data of the customer, as key/value pairs.
        #[serde(
            rename = "attributionData",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub attribution_data: ::std::vec::Vec<KeyValue>,
        ///Whether the customer's entitlements can be edited.
        #[serde(
            rename = "canEditEntitlements",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub can_edit_entitlements: ::std::option::Option<bool>,
        ///Whether the customer can be removed.
        #[serde(
            rename = "canRemoveCustomer",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub can_remove_customer: ::std::option::Option<bool>,
        ///Conversion rate.
        #[serde(
            rename = "conversionRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub conversion_rate: ::std::option::Option<f64>,
        ///Currency code (for example `USD`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<CustomerRecord>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device: ::std::option::Option<Device>,
        ///Net payments of the customer.
        #[serde(
            rename = "netPayments",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub net_payments: ::std::option::Option<f64>,
        ///Recent track events of the customer.
        #[serde(
            rename = "trackEvents",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub track_events: ::std::vec::Vec<TrackEvent>,
        ///User properties of the customer, as key/value pairs.
        #[serde(
            rename = "userProperties",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub user_properties: ::std::vec::Vec<KeyValue>,
    }
    ///One page of customers, in the list envelope; walk it by `page` while `has_more` is true.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerList {
        ///The customers of this page.
        pub data: ::std::vec::Vec<CustomerListItem>,
        ///Whether more pages follow.
        pub has_more: bool,
        ///Only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    /**One customer of the customer list. The page gives no fields for it (its example is `{}`),
so it is kept as the JSON object the server sends.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct CustomerListItem(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for CustomerListItem {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        #[inline]
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<CustomerListItem>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        #[inline]
        fn from(value: CustomerListItem) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for CustomerListItem {
        #[inline]
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///The project's customer counters for the filters given, in the v4 envelope (object, url).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerMetrics {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_subscribers: ::std::option::Option<MetricValue>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_trials: ::std::option::Option<MetricValue>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_payment_count: ::std::option::Option<MetricValue>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_price: ::std::option::Option<MetricValue>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_retry: ::std::option::Option<MetricValue>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub canceled_trials: ::std::option::Option<MetricValue>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub churned_subscribers: ::std::option::Option<MetricValue>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub clients_with_event: ::std::option::Option<MetricValue>,
        pub object: CustomerMetricsObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sales: ::std::option::Option<MetricValue>,
        ///The path of the metrics.
        pub url: ::std::string::String,
    }
    ///The `object` of the customer metrics.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CustomerMetricsObject {
        #[serde(rename = "customer_metrics")]
        CustomerMetrics,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A permission the customer holds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CustomerPermission {
        ///Whether the permission is in effect.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///When it ends (Unix seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<i64>,
        ///The permission's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The product that gave it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<::std::string::String>,
        ///Where the permission comes from (for example `apple`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        ///When it started (Unix seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<i64>,
    }
    /**The permission granted: the request's `permission_id` and `expires_at` next to the envelope's
`object` and `url`. The page says the rest of the shape is up to the analytics service and
its example is `{}`, so every field is optional.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CustomerPermissionGrant {
        ///When it ends; null when it does not.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The kind of object.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The permission granted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permission_id: ::std::option::Option<::std::string::String>,
        ///The path of the permission.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///The customer's permissions, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerPermissionList {
        ///The permissions.
        pub data: ::std::vec::Vec<CustomerPermission>,
        ///Whether more follow.
        pub has_more: bool,
        ///Only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///What was stored and what was rejected.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerPropertiesData {
        ///The pairs rejected, with the reason.
        pub property_errors: ::std::vec::Vec<PropertyError>,
        ///The pairs stored.
        pub saved_properties: ::std::vec::Vec<SavedProperty>,
    }
    ///The `object` of a customer property-set result.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CustomerPropertiesObject {
        #[serde(rename = "customer_properties")]
        CustomerProperties,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The result of a customer property set, in the v4 envelope (object, url, data).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerPropertiesResult {
        pub data: CustomerPropertiesData,
        pub object: CustomerPropertiesObject,
        ///The path of the customer's properties.
        pub url: ::std::string::String,
    }
    ///The customer record.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CustomerRecord {
        ///Customer identifier (in the example it equals the path's `customer_id`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///Country of the customer (for example `US`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        /**Environment of the customer, an integer (for example `2`). The values are not documented
publicly, so it is a plain integer, not a closed enum.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<i64>,
        ///External identity of the customer (for example an email).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_identity: ::std::option::Option<::std::string::String>,
        ///When the customer was last seen.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_seen: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Platform of the customer (for example `iOS`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        ///When the customer was first seen.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub since: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Customer status, a string (for example `active`); new values may appear.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    /**Customer object wrapped in the v4 envelope (object, url, data). The data block bundles the
customer record with attribution, user properties, device info, and recent track events.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerResponse {
        pub data: CustomerData,
        ///Envelope `object`, the kind of object in `data` (`customer` for this endpoint).
        pub object: ::std::string::String,
        ///Envelope `url`, the path of the resource (e.g. `/v4/customers/customer_abc123`).
        pub url: ::std::string::String,
    }
    ///Device info of the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct Device {
        ///App version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_version: ::std::option::Option<::std::string::String>,
        ///Device model.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_model: ::std::option::Option<::std::string::String>,
        ///OS version of the device.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub os_version: ::std::option::Option<::std::string::String>,
        ///Platform of the device (`iOS` in the example).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        ///Qonversion SDK version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sdk_version: ::std::option::Option<::std::string::String>,
    }
    ///An entitlement definition.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Entitlement {
        ///When it was created (ISO 8601, UTC).
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///What the entitlement is for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The entitlement's id.
        pub id: ::std::string::String,
        pub object: EntitlementObject,
        ///The products that give the entitlement.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///When it last changed (ISO 8601, UTC).
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its canonical API path.
        pub url: ::std::string::String,
    }
    ///One page of entitlement definitions, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct EntitlementList {
        ///The entitlement definitions.
        pub data: ::std::vec::Vec<Entitlement>,
        ///Whether more pages follow.
        pub has_more: bool,
        ///The cursor of the next page; only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///The `object` of an entitlement definition.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum EntitlementObject {
        #[serde(rename = "entitlement")]
        Entitlement,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The product behind an entitlement.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct EntitlementProduct {
        ///The product's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<EntitlementSubscription>,
    }
    ///The subscription state behind an entitlement.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct EntitlementSubscription {
        ///The kind of the current period (for example `normal`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_period_type: ::std::option::Option<::std::string::String>,
        ///Whether the subscription renews (for example `will_renew`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub renew_state: ::std::option::Option<::std::string::String>,
    }
    ///An environment as a number; 0 is sandbox, 1 production.
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct Environment(i64);
    impl ::std::ops::Deref for Environment {
        type Target = i64;
        #[inline]
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<Environment> for i64 {
        #[inline]
        fn from(value: Environment) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for Environment {
        type Error = self::error::ConversionError;
        #[inline]
        fn try_from(
            value: i64,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![0_i64, 1_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Environment {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    /**The machine-readable error code. The known codes are listed; others may appear.
`control_unauthorized` comes with 401 and `control_forbidden` with 403; `paid_entitlement`
(422) refuses to grant or revoke an entitlement that comes from a purchase;
`product_not_in_project` and `cannot_set_main_directly` (400) refuse an offering create;
`cannot_setmain_experiment_variant` (422) refuses to make an experiment variant the main
offering; `cannot_demote_main` and `cannot_patch_experiment_variant` (422) refuse an offering
update.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ErrorCode {
        #[serde(rename = "invalid_data")]
        InvalidData,
        #[serde(rename = "invalid_request")]
        InvalidRequest,
        #[serde(rename = "control_unauthorized")]
        ControlUnauthorized,
        #[serde(rename = "control_forbidden")]
        ControlForbidden,
        #[serde(rename = "not_implemented")]
        NotImplemented,
        #[serde(rename = "not_found")]
        NotFound,
        #[serde(rename = "already_exists")]
        AlreadyExists,
        #[serde(rename = "purchase_fraud")]
        PurchaseFraud,
        #[serde(rename = "relation_not_found")]
        RelationNotFound,
        #[serde(rename = "storage_error")]
        StorageError,
        #[serde(rename = "network_error")]
        NetworkError,
        #[serde(rename = "unknown_error")]
        UnknownError,
        #[serde(rename = "paid_entitlement")]
        PaidEntitlement,
        #[serde(rename = "product_not_in_project")]
        ProductNotInProject,
        #[serde(rename = "cannot_set_main_directly")]
        CannotSetMainDirectly,
        #[serde(rename = "cannot_setmain_experiment_variant")]
        CannotSetmainExperimentVariant,
        #[serde(rename = "cannot_demote_main")]
        CannotDemoteMain,
        #[serde(rename = "cannot_patch_experiment_variant")]
        CannotPatchExperimentVariant,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///What is wrong with one field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ErrorDetail {
        ///The field.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub field: ::std::option::Option<::std::string::String>,
        ///What is wrong with it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    ///The error.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ErrorObject {
        pub code: ErrorCode,
        /**One entry per field at fault. Left out (not null, not empty) when the error is not about
particular fields.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub details: ::std::vec::Vec<ErrorDetail>,
        ///What went wrong, for people.
        pub message: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ErrorType,
    }
    /**The body of every v4 error: one `error` object with a category, a machine-readable code, a
message and, when the error is about particular fields, one detail per field. It carries no
other metadata.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ErrorResponse {
        pub error: ErrorObject,
    }
    ///The category of an error.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ErrorType {
        #[serde(rename = "request")]
        Request,
        #[serde(rename = "resource")]
        Resource,
        #[serde(rename = "logical")]
        Logical,
        #[serde(rename = "internal")]
        Internal,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///An A/B experiment on paywalls, offerings or remote configurations.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct Experiment {
        ///The stable id given on create (cannot change afterwards).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alias_id: ::std::option::Option<::std::string::String>,
        ///The context of a context-specific experiment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context_key: ::std::option::Option<::std::string::String>,
        ///When it was created (ISO 8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///What it tests.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///When it finished (ISO 8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub finished_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Which way the primary metric should move.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub goal_direction: ::std::option::Option<::std::string::String>,
        ///The target for the primary metric.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub goal_value: ::std::option::Option<f64>,
        ///The experiment's id (chosen by the server).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Whether the experiment is limited to one context.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_context_specific: ::std::option::Option<bool>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The kind of object (`experiment`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The metric that decides success. Old experiments may send hyphenated names (`user-to-trial`); send the underscore form back.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_metric: ::std::option::Option<::std::string::String>,
        ///The share of users in the experiment, in percent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segment_percent: ::std::option::Option<f64>,
        ///When it started (ISO 8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Its status (`draft`, `active`, `paused`, `finished` per the status page; the section page says draft, running, paused, stopped).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///When it last changed (ISO 8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Its canonical API path.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///A group (variant) of an experiment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ExperimentGroup {
        ///When it was created (ISO 8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The group's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Whether it is the control group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_control: ::std::option::Option<bool>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The kind of object (`experiment_group`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The remote configuration it delivers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remote_config_uid: ::std::option::Option<::std::string::String>,
        ///When it last changed (ISO 8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Its canonical API path.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///Its share of the traffic, relative to the other groups.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub weight: ::std::option::Option<f64>,
    }
    ///An experiment's groups, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ExperimentGroupList {
        ///The groups.
        pub data: ::std::vec::Vec<ExperimentGroup>,
        ///Whether more follow.
        pub has_more: bool,
        ///Only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///The project's experiments, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ExperimentList {
        ///The experiments.
        pub data: ::std::vec::Vec<Experiment>,
        ///Whether more follow.
        pub has_more: bool,
        ///Only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///A status to move an experiment to.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ExperimentStatus {
        #[serde(rename = "draft")]
        Draft,
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "paused")]
        Paused,
        #[serde(rename = "finished")]
        Finished,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The entitlement to grant.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct GrantEntitlementRequest {
        ///The entitlement definition to grant.
        pub entitlement_id: ::std::string::String,
        /**When it ends, in Unix seconds; 0, null or leaving it out grants it with no end. Negative
or past times are refused with 400.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<i64>,
    }
    ///The permission to grant.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct GrantPermissionRequest {
        ///When it ends (RFC 3339); leave it out for a permission that does not expire.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The permission (letters, digits, `-`, `_` or `.`; at most 256 characters).
        pub permission_id: ::std::string::String,
    }
    ///A link between an external id and a Qonversion user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Identity {
        ///The external identity id.
        pub id: ::std::string::String,
        pub object: IdentityObject,
        ///The identity's canonical API path.
        pub url: ::std::string::String,
        ///The Qonversion user the identity is linked to.
        pub user_id: ::std::string::String,
    }
    ///The `object` of an identity.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum IdentityObject {
        #[serde(rename = "identity")]
        Identity,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///An integration. Its credentials are configured elsewhere and never appear here.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Integration {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<IntegrationState>,
        ///When it was created (ISO 8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Failures since the last successful delivery.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delivery_error_count: ::std::option::Option<u64>,
        ///The integration's id; it stays the same for the record's life, deleted or not.
        pub id: ::std::string::String,
        ///The provider's display name (not the slug used on create).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub integration: ::std::option::Option<::std::string::String>,
        ///The last successful delivery; null if none yet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_delivery_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The last failed delivery, or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_error_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///What went wrong last time, or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_error_message: ::std::option::Option<::std::string::String>,
        ///The kind of object (`integration`).
        pub object: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_platform: ::std::option::Option<TargetPlatform>,
        ///The title given on create.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///When it last changed (ISO 8601).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Its canonical API path.
        pub url: ::std::string::String,
    }
    /**Every integration of the project in the list envelope (not paginated). This endpoint has no
page: the items are taken to be integration records.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct IntegrationList {
        ///The integrations.
        pub data: ::std::vec::Vec<Integration>,
        ///Always false for this list.
        pub has_more: bool,
        ///Not used by this list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///A state a caller may set (0 paused, 1 active).
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct IntegrationSettableState(i64);
    impl ::std::ops::Deref for IntegrationSettableState {
        type Target = i64;
        #[inline]
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<IntegrationSettableState> for i64 {
        #[inline]
        fn from(value: IntegrationSettableState) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for IntegrationSettableState {
        type Error = self::error::ConversionError;
        #[inline]
        fn try_from(
            value: i64,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![0_i64, 1_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IntegrationSettableState {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    /**An integration's state: 0 paused or draft (nothing forwarded), 1 active, 2 error (the delivery
worker stopped it; see `last_error_message`; callers cannot set it).
*/
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct IntegrationState(i64);
    impl ::std::ops::Deref for IntegrationState {
        type Target = i64;
        #[inline]
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<IntegrationState> for i64 {
        #[inline]
        fn from(value: IntegrationState) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for IntegrationState {
        type Error = self::error::ConversionError;
        #[inline]
        fn try_from(
            value: i64,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![0_i64, 1_i64, 2_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IntegrationState {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    ///The state to set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct IntegrationStatusRequest {
        pub status: IntegrationSettableState,
    }
    ///A key/value pair, as used for attribution data and user properties.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct KeyValue {
        ///The key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///The value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    ///The `object` of a list envelope.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    /**A customer counter. The page's example sends some counters as JSON numbers and others as
numeric strings (`"1284"`); both decode.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum MetricValue {
        Number(f64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for MetricValue {
        #[inline]
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Number(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<f64> for MetricValue {
        #[inline]
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    ///A bundle of products shown together on a paywall.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Offering {
        ///When it was created (ISO 8601, UTC).
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The offering's id.
        pub id: ::std::string::String,
        pub object: OfferingObject,
        ///The products of the offering, in display order.
        pub product_ids: ::std::vec::Vec<::std::string::String>,
        /**Its role: 1 is the project's main offering (one at a time), 0 a regular offering that was
main before, null a regular offering never tagged (0 and null mean the same). Old rows may
hold other values, so any integer is accepted.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub tag: ::std::option::Option<i16>,
        ///When it last changed (ISO 8601, UTC).
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its canonical API path.
        pub url: ::std::string::String,
    }
    ///One page of offerings, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct OfferingList {
        ///The offerings.
        pub data: ::std::vec::Vec<Offering>,
        ///Whether more pages follow.
        pub has_more: bool,
        ///The cursor of the next page (at most 64 characters); only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///The `object` of an offering.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum OfferingObject {
        #[serde(rename = "offering")]
        Offering,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    /**Product ids in display order, at most 100; each must exist in the project (otherwise 400
`product_not_in_project`) and has at most 255 characters of letters, digits, `.`, `_`, `:`,
`-` and space.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct OfferingProductIds(pub ::std::vec::Vec<::std::string::String>);
    impl ::std::ops::Deref for OfferingProductIds {
        type Target = ::std::vec::Vec<::std::string::String>;
        #[inline]
        fn deref(&self) -> &::std::vec::Vec<::std::string::String> {
            &self.0
        }
    }
    impl ::std::convert::From<OfferingProductIds>
    for ::std::vec::Vec<::std::string::String> {
        #[inline]
        fn from(value: OfferingProductIds) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for OfferingProductIds {
        #[inline]
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self(value)
        }
    }
    ///A product of the project, linked to its store identifiers.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Product {
        ///The App Store product id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apple_product_id: ::std::option::Option<::std::string::String>,
        ///When it was created (ISO 8601, UTC).
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The subscription period; null for `consumable` and `lifetime`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<ProductDuration>,
        ///The Google Play base plan id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub google_base_plan_id: ::std::option::Option<::std::string::String>,
        ///The Google Play product id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub google_product_id: ::std::option::Option<::std::string::String>,
        ///The product's id.
        pub id: ::std::string::String,
        pub object: ProductObject,
        ///The Stripe product id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe_product_id: ::std::option::Option<::std::string::String>,
        ///The product's type; null for legacy products without one.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<ProductType>,
        ///When it last changed (ISO 8601, UTC).
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its canonical API path.
        pub url: ::std::string::String,
    }
    /**A subscription period in ISO 8601 (`P1W`, `P1M`, `P3M`, `P6M`, `P1Y`). Only subscription
types have one. An open set.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ProductDuration {
        #[serde(rename = "P1W")]
        P1w,
        #[serde(rename = "P1M")]
        P1m,
        #[serde(rename = "P3M")]
        P3m,
        #[serde(rename = "P6M")]
        P6m,
        #[serde(rename = "P1Y")]
        P1y,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///One page of products, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProductList {
        ///The products.
        pub data: ::std::vec::Vec<Product>,
        ///Whether more pages follow.
        pub has_more: bool,
        ///The cursor of the next page; only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///The `object` of a product.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ProductObject {
        #[serde(rename = "product")]
        Product,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    /**A product's type, named as in the dashboard: `subscription_with_promo` (subscription with a
promo period), `subscription` (regular subscription), `consumable`, `lifetime`. An open set.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ProductType {
        #[serde(rename = "subscription_with_promo")]
        SubscriptionWithPromo,
        #[serde(rename = "subscription")]
        Subscription,
        #[serde(rename = "consumable")]
        Consumable,
        #[serde(rename = "lifetime")]
        Lifetime,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A property that was not stored, and why.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct PropertyError {
        ///Why it was rejected.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///The rejected key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
    }
    /**One property to set. The server checks each item on its own: a key has 1 to 80 characters
from `^[-a-zA-Z0-9_.:]+$` with at least one letter; keys starting with `_` are reserved, and
of those only the registered `_q_` keys (such as `_q_email`, `_q_name`) are accepted. A value
has at most 120 bytes and no line break, `"` or `'`. These rules are not checked by the
client, so that a batch with one bad item still stores the others.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PropertyInput {
        ///The property's key.
        pub key: ::std::string::String,
        ///The property's value.
        pub value: ::std::string::String,
    }
    ///One store transaction of a user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct Purchase {
        ///When Qonversion recorded it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The currency (ISO 4217).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///When it ends; null for one-time purchases and consumables.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The purchase's id (the cursor for the next page).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Whether it renews by itself.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_auto_renewing: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<PurchaseObject>,
        ///Where it was bought (`app_store`, `play_store` or `stripe`); it decides the shape of `store_data`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        ///The price, as a decimal string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<::std::string::String>,
        ///The Qonversion product; for a Google Play subscription with a base plan, `{product_id}:{base_plan_id}`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<::std::string::String>,
        ///When it was bought.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchased_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub store_data: ::std::option::Option<StoreData>,
        ///Its canonical API path.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///The user who bought.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    ///One page of a user's purchases, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PurchaseList {
        ///The purchases.
        pub data: ::std::vec::Vec<Purchase>,
        ///Whether more pages follow.
        pub has_more: bool,
        ///The cursor of the next page; only set while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///The `object` of a purchase.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PurchaseObject {
        #[serde(rename = "purchase")]
        Purchase,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///One page of remote configurations, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct RemoteConfigurationList {
        ///The items; their fields are not documented, so each is kept as JSON.
        pub data: ::std::vec::Vec<UndocumentedObject>,
        ///Whether more pages follow.
        pub has_more: bool,
        ///The cursor of the next page; only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///Where a report goes; today `type` is always `target_integration`, an integration destination.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ReportDestination {
        ///The destination's id.
        pub id: ::std::string::String,
        ///Its label.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        ///The kind of destination (`target_integration`).
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    ///The environment a report covers.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ReportEnvironment {
        #[serde(rename = "sandbox")]
        Sandbox,
        #[serde(rename = "production")]
        Production,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Days of data per delivery (1 the day before, 3 or 7 the days before).
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct ReportRangeDays(i64);
    impl ::std::ops::Deref for ReportRangeDays {
        type Target = i64;
        #[inline]
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<ReportRangeDays> for i64 {
        #[inline]
        fn from(value: ReportRangeDays) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for ReportRangeDays {
        type Error = self::error::ConversionError;
        #[inline]
        fn try_from(
            value: i64,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![1_i64, 3_i64, 7_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReportRangeDays {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    ///`draft` (paused, nothing sent) or `active` (sent at `send_at`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ReportStatus {
        #[serde(rename = "draft")]
        Draft,
        #[serde(rename = "active")]
        Active,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A key/value pair.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct SavedProperty {
        ///The key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///The value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    ///A scheduled report.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ScheduledReport {
        ///When it was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Where it goes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub destinations: ::std::vec::Vec<ReportDestination>,
        ///`sandbox` or `production`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<::std::string::String>,
        ///The report's id.
        pub id: ::std::string::String,
        ///Days of data per delivery.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub included_range_days: ::std::option::Option<i64>,
        ///The kind of object (`scheduled_report`).
        pub object: ::std::string::String,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_name: ::std::option::Option<::std::string::String>,
        ///How many times it has been sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub runs: ::std::option::Option<i64>,
        ///The UTC time of day it is sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub send_at: ::std::option::Option<::std::string::String>,
        ///`draft` or `active`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///When it last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Its canonical API path.
        pub url: ::std::string::String,
    }
    ///A report's configuration.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ScheduledReportRequest {
        ///Where to send it (at least one).
        pub destinations: ::std::vec::Vec<ReportDestination>,
        pub environment: ReportEnvironment,
        pub included_range_days: ReportRangeDays,
        ///Its name (1 to 255 characters).
        pub report_name: ::std::string::String,
        ///The UTC time of day, `HH:MM` on a half hour from `00:00` to `23:30`.
        pub send_at: ::std::string::String,
        pub status: ReportStatus,
    }
    /**A no-code screen (paywall or onboarding flow). Lists and `render=false` give the summary
fields only; a full screen adds the render fields (`background` to `used`).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Screen {
        ///The CSS background of the screen's root element.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub background: ::std::option::Option<::std::string::String>,
        ///The base configuration, an opaque JSON value for the SDK that may change shape without notice.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub configs: ::std::option::Option<::serde_json::Value>,
        ///The localised content, an opaque JSON value for the SDK.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::serde_json::Value>,
        ///The key the SDK shows it by (`NoCodes.showScreen(contextKey)`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context_key: ::std::option::Option<::std::string::String>,
        ///When it was created (ISO 8601, UTC).
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The language used when the user's locale has no match.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_lang: ::std::option::Option<::std::string::String>,
        ///The screen's id.
        pub id: ::std::string::String,
        ///Whether it is a web flow (true when `type` is `web_flow`).
        #[serde(default)]
        pub is_web: bool,
        ///Its name.
        pub name: ::std::string::String,
        pub object: ScreenObject,
        ///The SDK key for production builds; the SDK cannot show the screen without it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prod_key: ::std::option::Option<::std::string::String>,
        ///The SDK key for sandbox and test builds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sandbox_key: ::std::option::Option<::std::string::String>,
        ///Its lifecycle status; an open set (for example `published`).
        pub status: ::std::string::String,
        ///Its type; an open set (for example `paywall`), null while undecided.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///When it last changed (ISO 8601, UTC).
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its canonical API path.
        pub url: ::std::string::String,
        ///Where the screen is used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub used: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    ///One page of screen summaries, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ScreenList {
        ///The screens.
        pub data: ::std::vec::Vec<Screen>,
        ///Whether more pages follow.
        pub has_more: bool,
        ///The cursor of the next page; only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///A screen's name.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ScreenNameRequest {
        ///The name (1 to 256 characters).
        pub name: ::std::string::String,
    }
    ///The `object` of a screen.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ScreenObject {
        #[serde(rename = "screen")]
        Screen,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A rule-based slice of the project's users.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Segment {
        ///Its rules; a user must meet all of them.
        pub conditions: ::std::vec::Vec<SegmentCondition>,
        ///When it was created (ISO 8601).
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The segment's id.
        pub id: ::std::string::String,
        ///Whether Qonversion defines it (read-only).
        pub is_system: bool,
        ///Its name.
        pub name: ::std::string::String,
        ///The kind of object (`segment`).
        pub object: ::std::string::String,
        ///When it last changed (ISO 8601).
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its canonical API path.
        pub url: ::std::string::String,
    }
    ///How a rule compares the metric with its value.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum SegmentComparator {
        #[serde(rename = "eq")]
        Eq,
        #[serde(rename = "ne")]
        Ne,
        #[serde(rename = "gt")]
        Gt,
        #[serde(rename = "gte")]
        Gte,
        #[serde(rename = "lt")]
        Lt,
        #[serde(rename = "lte")]
        Lte,
        #[serde(rename = "contains")]
        Contains,
        #[serde(rename = "not_contains")]
        NotContains,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    /**One rule of a segment. The section page lists the four fields; the endpoint pages call the
rules opaque to the gateway (their examples include `{}`), so none is required when decoding.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct SegmentCondition {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comparator: ::std::option::Option<SegmentComparator>,
        /**What is compared; common metrics are `environment`, `client_uid`, `custom_uid`,
`client_advertiser_id`, `renewable`, `target_platform`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metric: ::std::option::Option<::std::string::String>,
        ///When true the rule holds when the comparison fails (false by default).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub negate: ::std::option::Option<bool>,
        ///The value, as a string (the server casts it to the metric's type).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    ///One rule to set; `metric`, `comparator` and `value` are required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SegmentConditionInput {
        pub comparator: SegmentComparator,
        ///What is compared (see `SegmentCondition`).
        pub metric: ::std::string::String,
        ///When true the rule holds when the comparison fails (false by default).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub negate: ::std::option::Option<bool>,
        ///The value, as a string.
        pub value: ::std::string::String,
    }
    ///One page of segments, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SegmentList {
        ///The segments.
        pub data: ::std::vec::Vec<Segment>,
        ///Whether more pages follow.
        pub has_more: bool,
        ///The cursor of the next page; only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        ///The kind of object (`list`).
        pub object: ::std::string::String,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///The properties to set, 1 to 100 per request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SetPropertiesRequest {
        ///The properties (1 to 100).
        pub properties: ::std::vec::Vec<PropertyInput>,
    }
    ///A sort direction.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum SortOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A store's configuration; secrets appear only as `has_*` flags.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct StoreConfig {
        ///The App Store app id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::std::string::String>,
        ///The iOS bundle id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bundle_id: ::std::option::Option<::std::string::String>,
        ///The App Store Connect API issuer id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connect_issuer_id: ::std::option::Option<::std::string::String>,
        ///The App Store Connect API key id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connect_key_identifier: ::std::option::Option<::std::string::String>,
        ///Whether the App Store Connect private key is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_connect_private_key: ::std::option::Option<bool>,
        ///Whether the In-App Purchase private key is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_iap_private_key: ::std::option::Option<bool>,
        ///Whether the Google service account key is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_service_account_key: ::std::option::Option<bool>,
        ///Whether the shared secret is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_shared_secret: ::std::option::Option<bool>,
        ///The In-App Purchase API issuer id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iap_issuer_id: ::std::option::Option<::std::string::String>,
        ///The In-App Purchase API key id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iap_key_identifier: ::std::option::Option<::std::string::String>,
        ///The kind of object (`store_config`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The store.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        ///Its path.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///Store credentials to set; a secret left out keeps its value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct StoreConfigRequest {
        ///The App Store app id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::std::string::String>,
        ///The iOS bundle id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bundle_id: ::std::option::Option<::std::string::String>,
        ///The App Store Connect API issuer id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connect_issuer_id: ::std::option::Option<::std::string::String>,
        ///The App Store Connect API key id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connect_key_identifier: ::std::option::Option<::std::string::String>,
        ///The App Store Connect private key (PEM).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connect_private_key: ::std::option::Option<::std::string::String>,
        ///The In-App Purchase API issuer id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iap_issuer_id: ::std::option::Option<::std::string::String>,
        ///The In-App Purchase API key id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iap_key_identifier: ::std::option::Option<::std::string::String>,
        ///The In-App Purchase private key (PEM).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iap_private_key: ::std::option::Option<::std::string::String>,
        ///The App-Specific Shared Secret.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_secret: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**The store's own data about the transaction; its shape depends on `platform` (the App Store
example has `transaction_id`, `original_transaction_id` and `product_id`). Kept as JSON.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct StoreData(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for StoreData {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        #[inline]
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<StoreData>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        #[inline]
        fn from(value: StoreData) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for StoreData {
        #[inline]
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///A store whose credentials this API manages (older page versions used `app_store`, `play_store`, `stripe`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum StorePlatform {
        #[serde(rename = "apple")]
        Apple,
        #[serde(rename = "google")]
        Google,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A store, case-sensitive: `iOS` (App Store), `Android` (Google Play), `Stripe`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum TargetPlatform {
        #[serde(rename = "iOS")]
        IOs,
        Android,
        Stripe,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A recent track event of the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct TrackEvent {
        ///When the event happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Event name (e.g. `subscription_started`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event: ::std::option::Option<::std::string::String>,
        ///Product identifier the event relates to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<::std::string::String>,
        ///Revenue of the event in USD.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revenue_usd: ::std::option::Option<f64>,
    }
    /**A request body the documentation does not describe field by field: any JSON object is sent
as given.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct UndocumentedBody(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for UndocumentedBody {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        #[inline]
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<UndocumentedBody>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        #[inline]
        fn from(value: UndocumentedBody) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for UndocumentedBody {
        #[inline]
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    /**An answer the documentation does not describe field by field: kept as the JSON object the
server sends.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct UndocumentedObject(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for UndocumentedObject {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        #[inline]
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<UndocumentedObject>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        #[inline]
        fn from(value: UndocumentedObject) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for UndocumentedObject {
        #[inline]
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///The fields to change; the others keep their value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateEntitlementRequest {
        ///What the entitlement is for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The products that give the entitlement.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    ///The fields to change; all optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateExperimentRequest {
        ///Its stable id (at most 64 characters here).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alias_id: ::std::option::Option<::std::string::String>,
        ///The context of a context-specific experiment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context_key: ::std::option::Option<::std::string::String>,
        ///What it tests.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Which way the primary metric should move.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub goal_direction: ::std::option::Option<::std::string::String>,
        ///The target for the primary metric.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub goal_value: ::std::option::Option<f64>,
        ///Whether the experiment is limited to one context.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_context_specific: ::std::option::Option<bool>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The metric that decides success.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_metric: ::std::option::Option<::std::string::String>,
        ///The share of users to include, in percent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segment_percent: ::std::option::Option<f64>,
    }
    ///The fields to change (`tag` is read-only here).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateOfferingRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_ids: ::std::option::Option<OfferingProductIds>,
    }
    ///The general settings to change (as the section page names them).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateProjectSettingsRequest {
        ///The project's display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///A proxy URL for SDK traffic.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proxy_url: ::std::option::Option<::std::string::String>,
        ///A proxy URL for Google Play real-time developer notifications.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rtdn_proxy_url: ::std::option::Option<::std::string::String>,
    }
    ///A Qonversion user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct User {
        ///When the user was created (ISO 8601, UTC).
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /**The user's environment. The create page lists `prod` and `sandbox`; the get page's
example shows `production`, so any string is accepted.
*/
        pub environment: ::std::string::String,
        ///The user's id; ids the SDK makes start with `QON_`.
        pub id: ::std::string::String,
        ///The external identity linked to the user; null when there is none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub identity_id: ::std::option::Option<::std::string::String>,
        pub object: UserObject,
        ///The user's canonical API path.
        pub url: ::std::string::String,
    }
    ///An entitlement a user holds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct UserEntitlement {
        ///When it ends (ISO 8601, UTC); null when it does not.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The entitlement's id.
        pub id: ::std::string::String,
        ///Whether it is in effect now.
        pub is_active: bool,
        pub object: UserEntitlementObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<EntitlementProduct>,
        ///Where the grant comes from; an open set of values (the v3 pages list `appstore`, `playstore`, `stripe`, `manual`, `unknown`).
        pub source: ::std::string::String,
        ///When it became active (ISO 8601, UTC).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Its canonical API path.
        pub url: ::std::string::String,
    }
    ///A user's entitlements, in the list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct UserEntitlementList {
        ///The entitlements.
        pub data: ::std::vec::Vec<UserEntitlement>,
        ///Whether more follow.
        pub has_more: bool,
        ///Only there while `has_more` is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///The `object` of a user's entitlement.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum UserEntitlementObject {
        #[serde(rename = "user_entitlement")]
        UserEntitlement,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The environment a user lives in; sandbox users stay out of production analytics.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum UserEnvironment {
        #[serde(rename = "prod")]
        Prod,
        #[serde(rename = "sandbox")]
        Sandbox,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The `object` of a user.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum UserObject {
        #[serde(rename = "user")]
        User,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///What a property set stored and what it rejected.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct UserPropertiesSetResult {
        pub object: UserPropertiesSetResultObject,
        ///The properties rejected, with the reason.
        pub property_errors: ::std::vec::Vec<PropertyError>,
        ///The properties stored.
        pub saved_properties: ::std::vec::Vec<UserProperty>,
        ///The path of the user's properties.
        pub url: ::std::string::String,
    }
    ///The `object` of a property-set result.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum UserPropertiesSetResultObject {
        #[serde(rename = "user_properties_set_result")]
        UserPropertiesSetResult,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///One stored property of a user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UserProperty {
        ///The property's key; keys Qonversion defines start with `_q_`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<UserPropertyObject>,
        ///The property's value (always a string).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    ///A user's properties, in the list envelope (one page, never more).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct UserPropertyList {
        ///The properties.
        pub data: ::std::vec::Vec<UserProperty>,
        ///Always false for this list.
        pub has_more: bool,
        ///Not used by this list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The list's path.
        pub url: ::std::string::String,
    }
    ///The `object` of a user property.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum UserPropertyObject {
        #[serde(rename = "user_property")]
        UserProperty,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    /// Types for composing complex structures.
    pub mod builder {
        client_core::type_builder! {
            AnalyticsCardRow;
            val code: ::std::string::String,
            opt value: f64,
            opt value_prev: f64,
        }
        client_core::type_builder! {
            AnalyticsChart;
            opt code: ::std::string::String,
            opt currency: ::std::string::String,
            opt environment: i64,
            opt from: i64,
            opt max_series: i64,
            opt measure: ::std::string::String,
            opt object: ::std::string::String,
            val series: ::std::vec::Vec<super::AnalyticsSeries> = Default::default(),
            opt series_relation: ::std::string::String,
            opt to: i64,
            opt total_type: ::std::string::String,
            opt unit: ::std::string::String,
            opt url: ::std::string::String,
        }
        client_core::type_builder! {
            AnalyticsChartMeta;
            opt availability_message: ::std::string::String,
            opt code: ::std::string::String,
            opt description: ::std::string::String,
            opt doc_url: ::std::string::String,
            val filter_conditions: ::std::vec::Vec<super::UndocumentedObject> = Default::default(),
            opt is_available: bool,
            opt object: ::std::string::String,
            val segmentations: ::std::vec::Vec<super::UndocumentedObject> = Default::default(),
            opt title: ::std::string::String,
            opt type_default: ::std::string::String,
            val types: ::std::vec::Vec<::std::string::String> = Default::default(),
            val units_available: ::std::vec::Vec<::std::string::String> = Default::default(),
            opt url: ::std::string::String,
        }
        client_core::type_builder! {
            AnalyticsInsights;
            val insights: ::std::vec::Vec<super::UndocumentedObject> = Default::default(),
            opt object: ::std::string::String,
            val extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }
        client_core::type_builder! {
            AnalyticsPoint;
            opt start_time: i64,
            opt value: f64,
        }
        client_core::type_builder! {
            AnalyticsSeries;
            val data: ::std::vec::Vec<super::AnalyticsPoint> = Default::default(),
            opt label: ::std::string::String,
            opt total: f64,
            opt total_prev: f64,
        }
        client_core::type_builder! {
            AttachExperimentUserRequest, from;
            val group_id: ::std::string::String,
        }
        client_core::type_builder! {
            Automation;
            opt caption: ::std::string::String,
            val data: super::AutomationData,
            val id: ::std::string::String,
            val name: ::std::string::String,
            val object: super::AutomationObject,
            val status: super::AutomationStatus,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            AutomationActions;
            opt push: ::std::string::String,
            opt screen: ::std::string::String,
        }
        client_core::type_builder! {
            AutomationData;
            opt actions: super::AutomationActions,
            val initiators: ::std::vec::Vec<super::AutomationInitiator> = Default::default(),
            opt platform: ::std::string::String,
            opt segments: ::std::string::String,
            opt type_: ::std::string::String,
            val extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }
        client_core::type_builder! {
            AutomationInitiator;
            opt type_: ::std::string::String,
            opt uid: ::std::string::String,
        }
        client_core::type_builder! {
            AutomationList;
            val data: ::std::vec::Vec<super::Automation>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            AutomationRequest, from;
            opt caption: ::std::string::String,
            val data: super::AutomationData,
            val name: ::std::string::String,
            val status: super::AutomationStatus,
        }
        client_core::type_builder! {
            AutomationStatusRequest, from;
            val status: super::AutomationStatus,
        }
        client_core::type_builder! {
            ChangeExperimentStatusRequest, from;
            val status: super::ExperimentStatus,
        }
        client_core::type_builder! {
            CreateExperimentGroupRequest, from;
            opt is_control: bool,
            opt name: ::std::string::String,
            opt remote_config_uid: ::std::string::String,
            val weight: f64,
        }
        client_core::type_builder! {
            CreateExperimentRequest, from;
            val alias_id: ::std::string::String,
            opt context_key: ::std::string::String,
            opt description: ::std::string::String,
            opt goal_direction: ::std::string::String,
            opt goal_value: f64,
            opt is_context_specific: bool,
            val name: ::std::string::String,
            opt primary_metric: ::std::string::String,
            opt segment_percent: f64,
        }
        client_core::type_builder! {
            CreateIdentityRequest, from;
            val identity_id: ::std::string::String,
            opt user_id: ::std::string::String,
        }
        client_core::type_builder! {
            CreateIntegrationRequest, from;
            val integration: ::std::string::String,
            val target_platform: super::TargetPlatform,
            val title: ::std::string::String,
        }
        client_core::type_builder! {
            CreateOfferingRequest, from;
            val id: ::std::string::String,
            opt product_ids: super::OfferingProductIds,
            opt tag: i16,
        }
        client_core::type_builder! {
            CreateProductRequest, from;
            opt apple_product_id: ::std::string::String,
            opt duration: super::ProductDuration,
            opt google_base_plan_id: ::std::string::String,
            opt google_product_id: ::std::string::String,
            val id: ::std::string::String,
            opt stripe_product_id: ::std::string::String,
            opt type_: super::ProductType,
        }
        client_core::type_builder! {
            CreateSegmentRequest, from;
            val conditions: ::std::vec::Vec<super::SegmentConditionInput> = Default::default(),
            val name: ::std::string::String,
        }
        client_core::type_builder! {
            CreateUserRequest, from;
            val environment: super::UserEnvironment,
        }
        client_core::type_builder! {
            CustomerData;
            val attribution_data: ::std::vec::Vec<super::KeyValue> = Default::default(),
            opt can_edit_entitlements: bool,
            opt can_remove_customer: bool,
            opt conversion_rate: f64,
            opt currency: ::std::string::String,
            opt customer: super::CustomerRecord,
            opt device: super::Device,
            opt net_payments: f64,
            val track_events: ::std::vec::Vec<super::TrackEvent> = Default::default(),
            val user_properties: ::std::vec::Vec<super::KeyValue> = Default::default(),
        }
        client_core::type_builder! {
            CustomerList;
            val data: ::std::vec::Vec<super::CustomerListItem>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerMetrics;
            opt active_subscribers: super::MetricValue,
            opt active_trials: super::MetricValue,
            opt avg_payment_count: super::MetricValue,
            opt avg_price: super::MetricValue,
            opt billing_retry: super::MetricValue,
            opt canceled_trials: super::MetricValue,
            opt churned_subscribers: super::MetricValue,
            opt clients_with_event: super::MetricValue,
            val object: super::CustomerMetricsObject,
            opt sales: super::MetricValue,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerPermission;
            opt active: bool,
            opt expires_at: i64,
            opt id: ::std::string::String,
            opt product_id: ::std::string::String,
            opt source: ::std::string::String,
            opt started_at: i64,
        }
        client_core::type_builder! {
            CustomerPermissionGrant;
            opt expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt object: ::std::string::String,
            opt permission_id: ::std::string::String,
            opt url: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerPermissionList;
            val data: ::std::vec::Vec<super::CustomerPermission>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerPropertiesData;
            val property_errors: ::std::vec::Vec<super::PropertyError>,
            val saved_properties: ::std::vec::Vec<super::SavedProperty>,
        }
        client_core::type_builder! {
            CustomerPropertiesResult;
            val data: super::CustomerPropertiesData,
            val object: super::CustomerPropertiesObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerRecord;
            opt client_id: ::std::string::String,
            opt country: ::std::string::String,
            opt environment: i64,
            opt external_identity: ::std::string::String,
            opt last_seen: ::chrono::DateTime<::chrono::offset::Utc>,
            opt platform: ::std::string::String,
            opt since: ::chrono::DateTime<::chrono::offset::Utc>,
            opt status: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerResponse;
            val data: super::CustomerData,
            val object: ::std::string::String,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            Device;
            opt app_version: ::std::string::String,
            opt device_model: ::std::string::String,
            opt os_version: ::std::string::String,
            opt platform: ::std::string::String,
            opt sdk_version: ::std::string::String,
        }
        client_core::type_builder! {
            Entitlement;
            val created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt description: ::std::string::String,
            val id: ::std::string::String,
            val object: super::EntitlementObject,
            opt product_ids: ::std::vec::Vec<::std::string::String>,
            val updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            EntitlementList;
            val data: ::std::vec::Vec<super::Entitlement>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            EntitlementProduct;
            opt product_id: ::std::string::String,
            opt subscription: super::EntitlementSubscription,
        }
        client_core::type_builder! {
            EntitlementSubscription;
            opt current_period_type: ::std::string::String,
            opt renew_state: ::std::string::String,
        }
        client_core::type_builder! {
            ErrorDetail;
            opt field: ::std::string::String,
            opt message: ::std::string::String,
        }
        client_core::type_builder! {
            ErrorObject;
            val code: super::ErrorCode,
            val details: ::std::vec::Vec<super::ErrorDetail> = Default::default(),
            val message: ::std::string::String,
            val type_: super::ErrorType,
        }
        client_core::type_builder! {
            ErrorResponse;
            val error: super::ErrorObject,
        }
        client_core::type_builder! {
            Experiment;
            opt alias_id: ::std::string::String,
            opt context_key: ::std::string::String,
            opt created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt description: ::std::string::String,
            opt finished_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt goal_direction: ::std::string::String,
            opt goal_value: f64,
            opt id: ::std::string::String,
            opt is_context_specific: bool,
            opt name: ::std::string::String,
            opt object: ::std::string::String,
            opt primary_metric: ::std::string::String,
            opt segment_percent: f64,
            opt started_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt status: ::std::string::String,
            opt updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt url: ::std::string::String,
        }
        client_core::type_builder! {
            ExperimentGroup;
            opt created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt id: ::std::string::String,
            opt is_control: bool,
            opt name: ::std::string::String,
            opt object: ::std::string::String,
            opt remote_config_uid: ::std::string::String,
            opt updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt url: ::std::string::String,
            opt weight: f64,
        }
        client_core::type_builder! {
            ExperimentGroupList;
            val data: ::std::vec::Vec<super::ExperimentGroup>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ExperimentList;
            val data: ::std::vec::Vec<super::Experiment>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            GrantEntitlementRequest, from;
            val entitlement_id: ::std::string::String,
            opt expires_at: i64,
        }
        client_core::type_builder! {
            GrantPermissionRequest, from;
            opt expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val permission_id: ::std::string::String,
        }
        client_core::type_builder! {
            Identity;
            val id: ::std::string::String,
            val object: super::IdentityObject,
            val url: ::std::string::String,
            val user_id: ::std::string::String,
        }
        client_core::type_builder! {
            Integration;
            opt active: super::IntegrationState,
            opt created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt delivery_error_count: u64,
            val id: ::std::string::String,
            opt integration: ::std::string::String,
            opt last_delivery_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt last_error_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt last_error_message: ::std::string::String,
            val object: ::std::string::String,
            opt target_platform: super::TargetPlatform,
            opt title: ::std::string::String,
            opt updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            IntegrationList;
            val data: ::std::vec::Vec<super::Integration>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            IntegrationStatusRequest, from;
            val status: super::IntegrationSettableState,
        }
        client_core::type_builder! {
            KeyValue;
            opt key: ::std::string::String,
            opt value: ::std::string::String,
        }
        client_core::type_builder! {
            Offering;
            val created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val id: ::std::string::String,
            val object: super::OfferingObject,
            val product_ids: ::std::vec::Vec<::std::string::String>,
            opt tag: i16,
            val updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            OfferingList;
            val data: ::std::vec::Vec<super::Offering>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            Product;
            opt apple_product_id: ::std::string::String,
            val created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt duration: super::ProductDuration,
            opt google_base_plan_id: ::std::string::String,
            opt google_product_id: ::std::string::String,
            val id: ::std::string::String,
            val object: super::ProductObject,
            opt stripe_product_id: ::std::string::String,
            opt type_: super::ProductType,
            val updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ProductList;
            val data: ::std::vec::Vec<super::Product>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            PropertyError;
            opt error: ::std::string::String,
            opt key: ::std::string::String,
        }
        client_core::type_builder! {
            PropertyInput;
            val key: ::std::string::String,
            val value: ::std::string::String,
        }
        client_core::type_builder! {
            Purchase;
            opt created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt currency: ::std::string::String,
            opt expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt id: ::std::string::String,
            opt is_auto_renewing: bool,
            opt object: super::PurchaseObject,
            opt platform: ::std::string::String,
            opt price: ::std::string::String,
            opt product_id: ::std::string::String,
            opt purchased_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt store_data: super::StoreData,
            opt url: ::std::string::String,
            opt user_id: ::std::string::String,
        }
        client_core::type_builder! {
            PurchaseList;
            val data: ::std::vec::Vec<super::Purchase>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            RemoteConfigurationList;
            val data: ::std::vec::Vec<super::UndocumentedObject>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ReportDestination;
            val id: ::std::string::String,
            opt label: ::std::string::String,
            val type_: ::std::string::String,
        }
        client_core::type_builder! {
            SavedProperty;
            opt key: ::std::string::String,
            opt value: ::std::string::String,
        }
        client_core::type_builder! {
            ScheduledReport;
            opt created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val destinations: ::std::vec::Vec<super::ReportDestination> = Default::default(),
            opt environment: ::std::string::String,
            val id: ::std::string::String,
            opt included_range_days: i64,
            val object: ::std::string::String,
            opt report_name: ::std::string::String,
            opt runs: i64,
            opt send_at: ::std::string::String,
            opt status: ::std::string::String,
            opt updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ScheduledReportRequest, from;
            val destinations: ::std::vec::Vec<super::ReportDestination>,
            val environment: super::ReportEnvironment,
            val included_range_days: super::ReportRangeDays,
            val report_name: ::std::string::String,
            val send_at: ::std::string::String,
            val status: super::ReportStatus,
        }
        client_core::type_builder! {
            Screen;
            opt background: ::std::string::String,
            opt configs: ::serde_json::Value,
            opt content: ::serde_json::Value,
            opt context_key: ::std::string::String,
            val created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt default_lang: ::std::string::String,
            val id: ::std::string::String,
            val is_web: bool = Default::default(),
            val name: ::std::string::String,
            val object: super::ScreenObject,
            opt prod_key: ::std::string::String,
            opt sandbox_key: ::std::string::String,
            val status: ::std::string::String,
            opt type_: ::std::string::String,
            val updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val url: ::std::string::String,
            opt used: ::std::vec::Vec<::std::string::String>,
        }
        client_core::type_builder! {
            ScreenList;
            val data: ::std::vec::Vec<super::Screen>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ScreenNameRequest, from;
            val name: ::std::string::String,
        }
        client_core::type_builder! {
            Segment;
            val conditions: ::std::vec::Vec<super::SegmentCondition>,
            val created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val id: ::std::string::String,
            val is_system: bool,
            val name: ::std::string::String,
            val object: ::std::string::String,
            val updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            SegmentCondition;
            opt comparator: super::SegmentComparator,
            opt metric: ::std::string::String,
            opt negate: bool,
            opt value: ::std::string::String,
        }
        client_core::type_builder! {
            SegmentConditionInput;
            val comparator: super::SegmentComparator,
            val metric: ::std::string::String,
            opt negate: bool,
            val value: ::std::string::String,
        }
        client_core::type_builder! {
            SegmentList;
            val data: ::std::vec::Vec<super::Segment>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: ::std::string::String,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            SetPropertiesRequest, from;
            val properties: ::std::vec::Vec<super::PropertyInput>,
        }
        client_core::type_builder! {
            StoreConfig;
            opt app_id: ::std::string::String,
            opt bundle_id: ::std::string::String,
            opt connect_issuer_id: ::std::string::String,
            opt connect_key_identifier: ::std::string::String,
            opt has_connect_private_key: bool,
            opt has_iap_private_key: bool,
            opt has_service_account_key: bool,
            opt has_shared_secret: bool,
            opt iap_issuer_id: ::std::string::String,
            opt iap_key_identifier: ::std::string::String,
            opt object: ::std::string::String,
            opt platform: ::std::string::String,
            opt url: ::std::string::String,
        }
        client_core::type_builder! {
            StoreConfigRequest, from;
            opt app_id: ::std::string::String,
            opt bundle_id: ::std::string::String,
            opt connect_issuer_id: ::std::string::String,
            opt connect_key_identifier: ::std::string::String,
            opt connect_private_key: ::std::string::String,
            opt iap_issuer_id: ::std::string::String,
            opt iap_key_identifier: ::std::string::String,
            opt iap_private_key: ::std::string::String,
            opt shared_secret: ::std::string::String,
            val extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }
        client_core::type_builder! {
            TrackEvent;
            opt at: ::chrono::DateTime<::chrono::offset::Utc>,
            opt event: ::std::string::String,
            opt product_id: ::std::string::String,
            opt revenue_usd: f64,
        }
        client_core::type_builder! {
            UpdateEntitlementRequest, from;
            opt description: ::std::string::String,
            opt product_ids: ::std::vec::Vec<::std::string::String>,
        }
        client_core::type_builder! {
            UpdateExperimentRequest, from;
            opt alias_id: ::std::string::String,
            opt context_key: ::std::string::String,
            opt description: ::std::string::String,
            opt goal_direction: ::std::string::String,
            opt goal_value: f64,
            opt is_context_specific: bool,
            opt name: ::std::string::String,
            opt primary_metric: ::std::string::String,
            opt segment_percent: f64,
        }
        client_core::type_builder! {
            UpdateOfferingRequest, from;
            opt product_ids: super::OfferingProductIds,
        }
        client_core::type_builder! {
            UpdateProjectSettingsRequest, from;
            opt name: ::std::string::String,
            opt proxy_url: ::std::string::String,
            opt rtdn_proxy_url: ::std::string::String,
        }
        client_core::type_builder! {
            User;
            val created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val environment: ::std::string::String,
            val id: ::std::string::String,
            opt identity_id: ::std::string::String,
            val object: super::UserObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            UserEntitlement;
            opt expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val id: ::std::string::String,
            val is_active: bool,
            val object: super::UserEntitlementObject,
            opt product: super::EntitlementProduct,
            val source: ::std::string::String,
            opt started_at: ::chrono::DateTime<::chrono::offset::Utc>,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            UserEntitlementList;
            val data: ::std::vec::Vec<super::UserEntitlement>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            UserPropertiesSetResult;
            val object: super::UserPropertiesSetResultObject,
            val property_errors: ::std::vec::Vec<super::PropertyError>,
            val saved_properties: ::std::vec::Vec<super::UserProperty>,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            UserProperty;
            opt key: ::std::string::String,
            opt object: super::UserPropertyObject,
            opt value: ::std::string::String,
        }
        client_core::type_builder! {
            UserPropertyList;
            val data: ::std::vec::Vec<super::UserProperty>,
            val has_more: bool,
            opt next_cursor: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            #[inline]
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            #[inline]
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    client_core::tolerant_enum! {
        AnalyticsCardCode, self::error::ConversionError, Unknown;
        Realtime = "realtime",
    }
    client_core::tolerant_enum! {
        AnalyticsChartCode, self::error::ConversionError, Unknown;
        Proceeds = "proceeds",
        ActiveSubscriptions = "active-subscriptions",
        PaidSubscriptionsMovement = "paid-subscriptions-movement",
        UsersOverview = "users-overview",
        FreeTrials = "free-trials",
        ActiveTrials = "active-trials",
        TrialsMovement = "trials-movement",
        UserToTrial = "user-to-trial",
        TrialToPaid = "trial-to-paid",
        UserToPaid = "user-to-paid",
        Sales = "sales",
        Refunds = "refunds",
        RefundRate = "refund-rate",
        Arppu = "arppu",
        Arpu = "arpu",
        TrialCancellation = "trial-cancellation",
        SubscriptionCancellation = "subscription-cancellation",
        SubscriptionsOverview = "subscriptions-overview",
        NewSubscriptions = "new-subscriptions",
        Mrr = "mrr",
        Arr = "arr",
        MrrMovement = "mrr-movement",
        ArrMovement = "arr-movement",
        UserToTrialConversion = "user-to-trial-conversion",
        SubscriptionCancellationRate = "subscription-cancellation-rate",
    }
    client_core::tolerant_enum! {
        AnalyticsUnit, self::error::ConversionError, Unknown;
        Hour = "hour",
        Day = "day",
        Week = "week",
        Month = "month",
    }
    client_core::tolerant_enum! {
        AutomationObject, self::error::ConversionError, Unknown;
        Automation = "automation",
    }
    client_core::tolerant_enum! {
        AutomationStatus, self::error::ConversionError, UnknownValue;
        Active = "active",
        Inactive = "inactive",
        Paused = "paused",
        Unknown = "unknown",
    }
    client_core::tolerant_enum! {
        CustomerMetricsObject, self::error::ConversionError, Unknown;
        CustomerMetrics = "customer_metrics",
    }
    client_core::tolerant_enum! {
        CustomerPropertiesObject, self::error::ConversionError, Unknown;
        CustomerProperties = "customer_properties",
    }
    client_core::tolerant_enum! {
        EntitlementObject, self::error::ConversionError, Unknown;
        Entitlement = "entitlement",
    }
    client_core::tolerant_enum! {
        ErrorCode, self::error::ConversionError, Unknown;
        InvalidData = "invalid_data",
        InvalidRequest = "invalid_request",
        ControlUnauthorized = "control_unauthorized",
        ControlForbidden = "control_forbidden",
        NotImplemented = "not_implemented",
        NotFound = "not_found",
        AlreadyExists = "already_exists",
        PurchaseFraud = "purchase_fraud",
        RelationNotFound = "relation_not_found",
        StorageError = "storage_error",
        NetworkError = "network_error",
        UnknownError = "unknown_error",
        PaidEntitlement = "paid_entitlement",
        ProductNotInProject = "product_not_in_project",
        CannotSetMainDirectly = "cannot_set_main_directly",
        CannotSetmainExperimentVariant = "cannot_setmain_experiment_variant",
        CannotDemoteMain = "cannot_demote_main",
        CannotPatchExperimentVariant = "cannot_patch_experiment_variant",
    }
    client_core::tolerant_enum! {
        ErrorType, self::error::ConversionError, Unknown;
        Request = "request",
        Resource = "resource",
        Logical = "logical",
        Internal = "internal",
    }
    client_core::tolerant_enum! {
        ExperimentStatus, self::error::ConversionError, Unknown;
        Draft = "draft",
        Active = "active",
        Paused = "paused",
        Finished = "finished",
    }
    client_core::tolerant_enum! {
        IdentityObject, self::error::ConversionError, Unknown;
        Identity = "identity",
    }
    client_core::tolerant_enum! {
        ListObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        OfferingObject, self::error::ConversionError, Unknown;
        Offering = "offering",
    }
    client_core::tolerant_enum! {
        ProductDuration, self::error::ConversionError, Unknown;
        P1w = "P1W",
        P1m = "P1M",
        P3m = "P3M",
        P6m = "P6M",
        P1y = "P1Y",
    }
    client_core::tolerant_enum! {
        ProductObject, self::error::ConversionError, Unknown;
        Product = "product",
    }
    client_core::tolerant_enum! {
        ProductType, self::error::ConversionError, Unknown;
        SubscriptionWithPromo = "subscription_with_promo",
        Subscription = "subscription",
        Consumable = "consumable",
        Lifetime = "lifetime",
    }
    client_core::tolerant_enum! {
        PurchaseObject, self::error::ConversionError, Unknown;
        Purchase = "purchase",
    }
    client_core::tolerant_enum! {
        ReportEnvironment, self::error::ConversionError, Unknown;
        Sandbox = "sandbox",
        Production = "production",
    }
    client_core::tolerant_enum! {
        ReportStatus, self::error::ConversionError, Unknown;
        Draft = "draft",
        Active = "active",
    }
    client_core::tolerant_enum! {
        ScreenObject, self::error::ConversionError, Unknown;
        Screen = "screen",
    }
    client_core::tolerant_enum! {
        SegmentComparator, self::error::ConversionError, Unknown;
        Eq = "eq",
        Ne = "ne",
        Gt = "gt",
        Gte = "gte",
        Lt = "lt",
        Lte = "lte",
        Contains = "contains",
        NotContains = "not_contains",
    }
    client_core::tolerant_enum! {
        SortOrder, self::error::ConversionError, Unknown;
        Asc = "asc",
        Desc = "desc",
    }
    client_core::tolerant_enum! {
        StorePlatform, self::error::ConversionError, Unknown;
        Apple = "apple",
        Google = "google",
    }
    client_core::tolerant_enum! {
        TargetPlatform, self::error::ConversionError, Unknown;
        IOs = "iOS",
        Android = "Android",
        Stripe = "Stripe",
    }
    client_core::tolerant_enum! {
        UserEntitlementObject, self::error::ConversionError, Unknown;
        UserEntitlement = "user_entitlement",
    }
    client_core::tolerant_enum! {
        UserEnvironment, self::error::ConversionError, Unknown;
        Prod = "prod",
        Sandbox = "sandbox",
    }
    client_core::tolerant_enum! {
        UserObject, self::error::ConversionError, Unknown;
        User = "user",
    }
    client_core::tolerant_enum! {
        UserPropertiesSetResultObject, self::error::ConversionError, Unknown;
        UserPropertiesSetResult = "user_properties_set_result",
    }
    client_core::tolerant_enum! {
        UserPropertyObject, self::error::ConversionError, Unknown;
        UserProperty = "user_property",
    }
}
#[derive(Clone, Debug)]
/// The operations as progenitor generated them; users call the facade's `Client`.
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: client_core::Runtime,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new(baseurl: &str, inner: client_core::Runtime) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: client_core::Runtime,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<client_core::Runtime> for Client {
    #[inline]
    fn api_version() -> &'static str {
        "v4"
    }
    #[inline]
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    #[inline]
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    #[inline]
    fn inner(&self) -> &client_core::Runtime {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<client_core::Runtime>,
    {}
};
impl Client {
    /// Sends a `POST` request to `/users`
    #[inline]
    pub fn v4_create_user(&self) -> builder::V4CreateUser<'_> {
        builder::V4CreateUser::new(self)
    }
    /// Sends a `GET` request to `/users/{user_id}`
    #[inline]
    pub fn v4_get_user(&self) -> builder::V4GetUser<'_> {
        builder::V4GetUser::new(self)
    }
    /// Sends a `GET` request to `/users/{user_id}/properties`
    #[inline]
    pub fn v4_list_user_properties(&self) -> builder::V4ListUserProperties<'_> {
        builder::V4ListUserProperties::new(self)
    }
    /// Sends a `POST` request to `/users/{user_id}/properties`
    #[inline]
    pub fn v4_set_user_properties(&self) -> builder::V4SetUserProperties<'_> {
        builder::V4SetUserProperties::new(self)
    }
    /// Sends a `POST` request to `/identities`
    #[inline]
    pub fn v4_create_identity(&self) -> builder::V4CreateIdentity<'_> {
        builder::V4CreateIdentity::new(self)
    }
    /// Sends a `GET` request to `/identities/{identity_id}`
    #[inline]
    pub fn v4_get_identity(&self) -> builder::V4GetIdentity<'_> {
        builder::V4GetIdentity::new(self)
    }
    /// Sends a `GET` request to `/entitlements`
    #[inline]
    pub fn v4_list_entitlements(&self) -> builder::V4ListEntitlements<'_> {
        builder::V4ListEntitlements::new(self)
    }
    /// Sends a `GET` request to `/entitlements/{entitlement_id}`
    #[inline]
    pub fn v4_get_entitlement(&self) -> builder::V4GetEntitlement<'_> {
        builder::V4GetEntitlement::new(self)
    }
    /// Sends a `DELETE` request to `/entitlements/{entitlement_id}`
    #[inline]
    pub fn v4_delete_entitlement(&self) -> builder::V4DeleteEntitlement<'_> {
        builder::V4DeleteEntitlement::new(self)
    }
    /// Sends a `PATCH` request to `/entitlements/{entitlement_id}`
    #[inline]
    pub fn v4_update_entitlement(&self) -> builder::V4UpdateEntitlement<'_> {
        builder::V4UpdateEntitlement::new(self)
    }
    /// Sends a `GET` request to `/users/{user_id}/entitlements`
    #[inline]
    pub fn v4_list_user_entitlements(&self) -> builder::V4ListUserEntitlements<'_> {
        builder::V4ListUserEntitlements::new(self)
    }
    /// Sends a `POST` request to `/users/{user_id}/entitlements`
    #[inline]
    pub fn v4_grant_user_entitlement(&self) -> builder::V4GrantUserEntitlement<'_> {
        builder::V4GrantUserEntitlement::new(self)
    }
    /// Sends a `DELETE` request to `/users/{user_id}/entitlements/{entitlement_id}`
    #[inline]
    pub fn v4_revoke_user_entitlement(&self) -> builder::V4RevokeUserEntitlement<'_> {
        builder::V4RevokeUserEntitlement::new(self)
    }
    /// Sends a `GET` request to `/users/{user_id}/purchases`
    #[inline]
    pub fn v4_list_user_purchases(&self) -> builder::V4ListUserPurchases<'_> {
        builder::V4ListUserPurchases::new(self)
    }
    /// Sends a `GET` request to `/products`
    #[inline]
    pub fn v4_list_products(&self) -> builder::V4ListProducts<'_> {
        builder::V4ListProducts::new(self)
    }
    /// Sends a `POST` request to `/products`
    #[inline]
    pub fn v4_create_product(&self) -> builder::V4CreateProduct<'_> {
        builder::V4CreateProduct::new(self)
    }
    /// Sends a `GET` request to `/products/{product_id}`
    #[inline]
    pub fn v4_get_product(&self) -> builder::V4GetProduct<'_> {
        builder::V4GetProduct::new(self)
    }
    /// Sends a `DELETE` request to `/products/{product_id}`
    #[inline]
    pub fn v4_delete_product(&self) -> builder::V4DeleteProduct<'_> {
        builder::V4DeleteProduct::new(self)
    }
    /// Sends a `PATCH` request to `/products/{product_id}`
    #[inline]
    pub fn v4_update_product(&self) -> builder::V4UpdateProduct<'_> {
        builder::V4UpdateProduct::new(self)
    }
    /// Sends a `GET` request to `/offerings`
    #[inline]
    pub fn v4_list_offerings(&self) -> builder::V4ListOfferings<'_> {
        builder::V4ListOfferings::new(self)
    }
    /// Sends a `POST` request to `/offerings`
    #[inline]
    pub fn v4_create_offering(&self) -> builder::V4CreateOffering<'_> {
        builder::V4CreateOffering::new(self)
    }
    /// Sends a `GET` request to `/offerings/{offering_id}`
    #[inline]
    pub fn v4_get_offering(&self) -> builder::V4GetOffering<'_> {
        builder::V4GetOffering::new(self)
    }
    /// Sends a `DELETE` request to `/offerings/{offering_id}`
    #[inline]
    pub fn v4_delete_offering(&self) -> builder::V4DeleteOffering<'_> {
        builder::V4DeleteOffering::new(self)
    }
    /// Sends a `PATCH` request to `/offerings/{offering_id}`
    #[inline]
    pub fn v4_update_offering(&self) -> builder::V4UpdateOffering<'_> {
        builder::V4UpdateOffering::new(self)
    }
    /// Sends a `POST` request to `/offerings/{offering_id}/set-main`
    #[inline]
    pub fn v4_set_main_offering(&self) -> builder::V4SetMainOffering<'_> {
        builder::V4SetMainOffering::new(self)
    }
    /// Sends a `GET` request to `/remote-configurations`
    #[inline]
    pub fn v4_list_remote_configurations(
        &self,
    ) -> builder::V4ListRemoteConfigurations<'_> {
        builder::V4ListRemoteConfigurations::new(self)
    }
    /// Sends a `POST` request to `/remote-configurations`
    #[inline]
    pub fn v4_create_remote_configuration(
        &self,
    ) -> builder::V4CreateRemoteConfiguration<'_> {
        builder::V4CreateRemoteConfiguration::new(self)
    }
    /// Sends a `GET` request to `/remote-configurations/{config_id}`
    #[inline]
    pub fn v4_get_remote_configuration(&self) -> builder::V4GetRemoteConfiguration<'_> {
        builder::V4GetRemoteConfiguration::new(self)
    }
    /// Sends a `PUT` request to `/remote-configurations/{config_id}`
    #[inline]
    pub fn v4_replace_remote_configuration(
        &self,
    ) -> builder::V4ReplaceRemoteConfiguration<'_> {
        builder::V4ReplaceRemoteConfiguration::new(self)
    }
    /// Sends a `DELETE` request to `/remote-configurations/{config_id}`
    #[inline]
    pub fn v4_delete_remote_configuration(
        &self,
    ) -> builder::V4DeleteRemoteConfiguration<'_> {
        builder::V4DeleteRemoteConfiguration::new(self)
    }
    /// Sends a `PATCH` request to `/remote-configurations/{config_id}/status`
    #[inline]
    pub fn v4_change_remote_configuration_status(
        &self,
    ) -> builder::V4ChangeRemoteConfigurationStatus<'_> {
        builder::V4ChangeRemoteConfigurationStatus::new(self)
    }
    /// Sends a `GET` request to `/remote-configurations/{config_id}/payload-mapping`
    #[inline]
    pub fn v4_get_remote_configuration_payload_mapping(
        &self,
    ) -> builder::V4GetRemoteConfigurationPayloadMapping<'_> {
        builder::V4GetRemoteConfigurationPayloadMapping::new(self)
    }
    /// Sends a `POST` request to `/remote-configurations/{config_id}/payload-mapping`
    #[inline]
    pub fn v4_set_remote_configuration_payload_mapping(
        &self,
    ) -> builder::V4SetRemoteConfigurationPayloadMapping<'_> {
        builder::V4SetRemoteConfigurationPayloadMapping::new(self)
    }
    /// Sends a `POST` request to `/remote-configurations/{config_id}/users/{user_id}`
    #[inline]
    pub fn v4_attach_remote_configuration_user(
        &self,
    ) -> builder::V4AttachRemoteConfigurationUser<'_> {
        builder::V4AttachRemoteConfigurationUser::new(self)
    }
    /// Sends a `DELETE` request to `/remote-configurations/{config_id}/users/{user_id}`
    #[inline]
    pub fn v4_detach_remote_configuration_user(
        &self,
    ) -> builder::V4DetachRemoteConfigurationUser<'_> {
        builder::V4DetachRemoteConfigurationUser::new(self)
    }
    /// Sends a `GET` request to `/customers`
    #[inline]
    pub fn v4_list_customers(&self) -> builder::V4ListCustomers<'_> {
        builder::V4ListCustomers::new(self)
    }
    /// Sends a `GET` request to `/customers/metrics`
    #[inline]
    pub fn v4_get_customer_metrics(&self) -> builder::V4GetCustomerMetrics<'_> {
        builder::V4GetCustomerMetrics::new(self)
    }
    /// Sends a `GET` request to `/customers/{customer_id}`
    #[inline]
    pub fn v4_get_customer(&self) -> builder::V4GetCustomer<'_> {
        builder::V4GetCustomer::new(self)
    }
    /// Sends a `DELETE` request to `/customers/{customer_id}`
    #[inline]
    pub fn v4_delete_customer(&self) -> builder::V4DeleteCustomer<'_> {
        builder::V4DeleteCustomer::new(self)
    }
    /// Sends a `GET` request to `/customers/{customer_id}/permissions`
    #[inline]
    pub fn v4_list_customer_permissions(
        &self,
    ) -> builder::V4ListCustomerPermissions<'_> {
        builder::V4ListCustomerPermissions::new(self)
    }
    /// Sends a `POST` request to `/customers/{customer_id}/permissions`
    #[inline]
    pub fn v4_grant_customer_permission(
        &self,
    ) -> builder::V4GrantCustomerPermission<'_> {
        builder::V4GrantCustomerPermission::new(self)
    }
    /// Sends a `DELETE` request to `/customers/{customer_id}/permissions/{permission_id}`
    #[inline]
    pub fn v4_revoke_customer_permission(
        &self,
    ) -> builder::V4RevokeCustomerPermission<'_> {
        builder::V4RevokeCustomerPermission::new(self)
    }
    /// Sends a `POST` request to `/customers/{customer_id}/properties`
    #[inline]
    pub fn v4_set_customer_properties(&self) -> builder::V4SetCustomerProperties<'_> {
        builder::V4SetCustomerProperties::new(self)
    }
    /// Sends a `GET` request to `/segments`
    #[inline]
    pub fn v4_list_segments(&self) -> builder::V4ListSegments<'_> {
        builder::V4ListSegments::new(self)
    }
    /// Sends a `POST` request to `/segments`
    #[inline]
    pub fn v4_create_segment(&self) -> builder::V4CreateSegment<'_> {
        builder::V4CreateSegment::new(self)
    }
    /// Sends a `GET` request to `/segments/system`
    #[inline]
    pub fn v4_list_system_segments(&self) -> builder::V4ListSystemSegments<'_> {
        builder::V4ListSystemSegments::new(self)
    }
    /// Sends a `GET` request to `/segments/{segment_id}`
    #[inline]
    pub fn v4_get_segment(&self) -> builder::V4GetSegment<'_> {
        builder::V4GetSegment::new(self)
    }
    /// Sends a `PUT` request to `/segments/{segment_id}`
    #[inline]
    pub fn v4_update_segment(&self) -> builder::V4UpdateSegment<'_> {
        builder::V4UpdateSegment::new(self)
    }
    /// Sends a `DELETE` request to `/segments/{segment_id}`
    #[inline]
    pub fn v4_delete_segment(&self) -> builder::V4DeleteSegment<'_> {
        builder::V4DeleteSegment::new(self)
    }
    /// Sends a `GET` request to `/experiments`
    #[inline]
    pub fn v4_list_experiments(&self) -> builder::V4ListExperiments<'_> {
        builder::V4ListExperiments::new(self)
    }
    /// Sends a `POST` request to `/experiments`
    #[inline]
    pub fn v4_create_experiment(&self) -> builder::V4CreateExperiment<'_> {
        builder::V4CreateExperiment::new(self)
    }
    /// Sends a `GET` request to `/experiments/summary`
    #[inline]
    pub fn v4_get_experiments_summary(&self) -> builder::V4GetExperimentsSummary<'_> {
        builder::V4GetExperimentsSummary::new(self)
    }
    /// Sends a `GET` request to `/experiments/{experiment_id}`
    #[inline]
    pub fn v4_get_experiment(&self) -> builder::V4GetExperiment<'_> {
        builder::V4GetExperiment::new(self)
    }
    /// Sends a `DELETE` request to `/experiments/{experiment_id}`
    #[inline]
    pub fn v4_delete_experiment(&self) -> builder::V4DeleteExperiment<'_> {
        builder::V4DeleteExperiment::new(self)
    }
    /// Sends a `PATCH` request to `/experiments/{experiment_id}`
    #[inline]
    pub fn v4_update_experiment(&self) -> builder::V4UpdateExperiment<'_> {
        builder::V4UpdateExperiment::new(self)
    }
    /// Sends a `GET` request to `/experiments/{experiment_id}/groups`
    #[inline]
    pub fn v4_list_experiment_groups(&self) -> builder::V4ListExperimentGroups<'_> {
        builder::V4ListExperimentGroups::new(self)
    }
    /// Sends a `POST` request to `/experiments/{experiment_id}/groups`
    #[inline]
    pub fn v4_create_experiment_group(&self) -> builder::V4CreateExperimentGroup<'_> {
        builder::V4CreateExperimentGroup::new(self)
    }
    /// Sends a `DELETE` request to `/experiments/{experiment_id}/groups/{group_id}`
    #[inline]
    pub fn v4_delete_experiment_group(&self) -> builder::V4DeleteExperimentGroup<'_> {
        builder::V4DeleteExperimentGroup::new(self)
    }
    /// Sends a `PATCH` request to `/experiments/{experiment_id}/groups/{group_id}`
    #[inline]
    pub fn v4_update_experiment_group(&self) -> builder::V4UpdateExperimentGroup<'_> {
        builder::V4UpdateExperimentGroup::new(self)
    }
    /// Sends a `POST` request to `/experiments/{experiment_id}/status`
    #[inline]
    pub fn v4_change_experiment_status(&self) -> builder::V4ChangeExperimentStatus<'_> {
        builder::V4ChangeExperimentStatus::new(self)
    }
    /// Sends a `POST` request to `/experiments/{experiment_id}/users/{user_id}`
    #[inline]
    pub fn v4_attach_experiment_user(&self) -> builder::V4AttachExperimentUser<'_> {
        builder::V4AttachExperimentUser::new(self)
    }
    /// Sends a `DELETE` request to `/experiments/{experiment_id}/users/{user_id}`
    #[inline]
    pub fn v4_detach_experiment_user(&self) -> builder::V4DetachExperimentUser<'_> {
        builder::V4DetachExperimentUser::new(self)
    }
    /// Sends a `GET` request to `/screens`
    #[inline]
    pub fn v4_list_screens(&self) -> builder::V4ListScreens<'_> {
        builder::V4ListScreens::new(self)
    }
    /// Sends a `POST` request to `/screens`
    #[inline]
    pub fn v4_create_screen(&self) -> builder::V4CreateScreen<'_> {
        builder::V4CreateScreen::new(self)
    }
    /// Sends a `GET` request to `/screens/analytics/overview`
    #[inline]
    pub fn v4_get_screens_analytics_overview(
        &self,
    ) -> builder::V4GetScreensAnalyticsOverview<'_> {
        builder::V4GetScreensAnalyticsOverview::new(self)
    }
    /// Sends a `GET` request to `/screens/{screen_id}`
    #[inline]
    pub fn v4_get_screen(&self) -> builder::V4GetScreen<'_> {
        builder::V4GetScreen::new(self)
    }
    /// Sends a `PUT` request to `/screens/{screen_id}`
    #[inline]
    pub fn v4_update_screen(&self) -> builder::V4UpdateScreen<'_> {
        builder::V4UpdateScreen::new(self)
    }
    /// Sends a `DELETE` request to `/screens/{screen_id}`
    #[inline]
    pub fn v4_delete_screen(&self) -> builder::V4DeleteScreen<'_> {
        builder::V4DeleteScreen::new(self)
    }
    /// Sends a `GET` request to `/screens/{screen_id}/analytics`
    #[inline]
    pub fn v4_get_screen_analytics(&self) -> builder::V4GetScreenAnalytics<'_> {
        builder::V4GetScreenAnalytics::new(self)
    }
    /// Sends a `POST` request to `/screens/{screen_id}/copy`
    #[inline]
    pub fn v4_copy_screen(&self) -> builder::V4CopyScreen<'_> {
        builder::V4CopyScreen::new(self)
    }
    /// Sends a `POST` request to `/screens/{screen_id}/publish`
    #[inline]
    pub fn v4_publish_screen(&self) -> builder::V4PublishScreen<'_> {
        builder::V4PublishScreen::new(self)
    }
    /// Sends a `GET` request to `/analytics/cards/{card_code}`
    #[inline]
    pub fn v4_get_analytics_card(&self) -> builder::V4GetAnalyticsCard<'_> {
        builder::V4GetAnalyticsCard::new(self)
    }
    /// Sends a `GET` request to `/analytics/charts/{chart_code}`
    #[inline]
    pub fn v4_get_analytics_chart(&self) -> builder::V4GetAnalyticsChart<'_> {
        builder::V4GetAnalyticsChart::new(self)
    }
    /// Sends a `GET` request to `/analytics/charts/{chart_code}/meta`
    #[inline]
    pub fn v4_get_analytics_chart_meta(&self) -> builder::V4GetAnalyticsChartMeta<'_> {
        builder::V4GetAnalyticsChartMeta::new(self)
    }
    /// Sends a `GET` request to `/analytics/cohorts`
    #[inline]
    pub fn v4_get_analytics_cohorts(&self) -> builder::V4GetAnalyticsCohorts<'_> {
        builder::V4GetAnalyticsCohorts::new(self)
    }
    /// Sends a `GET` request to `/analytics/cohorts/meta`
    #[inline]
    pub fn v4_get_analytics_cohorts_meta(
        &self,
    ) -> builder::V4GetAnalyticsCohortsMeta<'_> {
        builder::V4GetAnalyticsCohortsMeta::new(self)
    }
    /// Sends a `GET` request to `/analytics/currencies`
    #[inline]
    pub fn v4_get_analytics_currencies(&self) -> builder::V4GetAnalyticsCurrencies<'_> {
        builder::V4GetAnalyticsCurrencies::new(self)
    }
    /// Sends a `GET` request to `/analytics/insights`
    #[inline]
    pub fn v4_get_analytics_insights(&self) -> builder::V4GetAnalyticsInsights<'_> {
        builder::V4GetAnalyticsInsights::new(self)
    }
    /// Sends a `GET` request to `/analytics/ltv`
    #[inline]
    pub fn v4_get_analytics_ltv(&self) -> builder::V4GetAnalyticsLtv<'_> {
        builder::V4GetAnalyticsLtv::new(self)
    }
    /// Sends a `GET` request to `/analytics/ltv/meta`
    #[inline]
    pub fn v4_get_analytics_ltv_meta(&self) -> builder::V4GetAnalyticsLtvMeta<'_> {
        builder::V4GetAnalyticsLtvMeta::new(self)
    }
    /// Sends a `GET` request to `/analytics/ltv/trial-conversion`
    #[inline]
    pub fn v4_get_analytics_ltv_trial_conversion(
        &self,
    ) -> builder::V4GetAnalyticsLtvTrialConversion<'_> {
        builder::V4GetAnalyticsLtvTrialConversion::new(self)
    }
    /// Sends a `POST` request to `/scheduled-reports`
    #[inline]
    pub fn v4_create_scheduled_report(&self) -> builder::V4CreateScheduledReport<'_> {
        builder::V4CreateScheduledReport::new(self)
    }
    /// Sends a `GET` request to `/scheduled-reports/destinations`
    #[inline]
    pub fn v4_list_scheduled_report_destinations(
        &self,
    ) -> builder::V4ListScheduledReportDestinations<'_> {
        builder::V4ListScheduledReportDestinations::new(self)
    }
    /// Sends a `PUT` request to `/scheduled-reports/{report_id}`
    #[inline]
    pub fn v4_update_scheduled_report(&self) -> builder::V4UpdateScheduledReport<'_> {
        builder::V4UpdateScheduledReport::new(self)
    }
    /// Sends a `POST` request to `/scheduled-reports/{report_id}/send-test`
    #[inline]
    pub fn v4_send_test_scheduled_report(
        &self,
    ) -> builder::V4SendTestScheduledReport<'_> {
        builder::V4SendTestScheduledReport::new(self)
    }
    /// Sends a `GET` request to `/integrations`
    #[inline]
    pub fn v4_list_integrations(&self) -> builder::V4ListIntegrations<'_> {
        builder::V4ListIntegrations::new(self)
    }
    /// Sends a `POST` request to `/integrations`
    #[inline]
    pub fn v4_create_integration(&self) -> builder::V4CreateIntegration<'_> {
        builder::V4CreateIntegration::new(self)
    }
    /// Sends a `GET` request to `/integrations/meta`
    #[inline]
    pub fn v4_get_integrations_meta(&self) -> builder::V4GetIntegrationsMeta<'_> {
        builder::V4GetIntegrationsMeta::new(self)
    }
    /// Sends a `DELETE` request to `/integrations/{integration_id}`
    #[inline]
    pub fn v4_delete_integration(&self) -> builder::V4DeleteIntegration<'_> {
        builder::V4DeleteIntegration::new(self)
    }
    /// Sends a `POST` request to `/integrations/{integration_id}/status`
    #[inline]
    pub fn v4_update_integration_status(
        &self,
    ) -> builder::V4UpdateIntegrationStatus<'_> {
        builder::V4UpdateIntegrationStatus::new(self)
    }
    /// Sends a `GET` request to `/automations`
    #[inline]
    pub fn v4_list_automations(&self) -> builder::V4ListAutomations<'_> {
        builder::V4ListAutomations::new(self)
    }
    /// Sends a `POST` request to `/automations`
    #[inline]
    pub fn v4_create_automation(&self) -> builder::V4CreateAutomation<'_> {
        builder::V4CreateAutomation::new(self)
    }
    /// Sends a `GET` request to `/automations/{automation_id}`
    #[inline]
    pub fn v4_get_automation(&self) -> builder::V4GetAutomation<'_> {
        builder::V4GetAutomation::new(self)
    }
    /// Sends a `PUT` request to `/automations/{automation_id}`
    #[inline]
    pub fn v4_replace_automation(&self) -> builder::V4ReplaceAutomation<'_> {
        builder::V4ReplaceAutomation::new(self)
    }
    /// Sends a `DELETE` request to `/automations/{automation_id}`
    #[inline]
    pub fn v4_delete_automation(&self) -> builder::V4DeleteAutomation<'_> {
        builder::V4DeleteAutomation::new(self)
    }
    /// Sends a `PATCH` request to `/automations/{automation_id}/status`
    #[inline]
    pub fn v4_update_automation_status(&self) -> builder::V4UpdateAutomationStatus<'_> {
        builder::V4UpdateAutomationStatus::new(self)
    }
    /// Sends a `GET` request to `/project-settings`
    #[inline]
    pub fn v4_get_project_settings(&self) -> builder::V4GetProjectSettings<'_> {
        builder::V4GetProjectSettings::new(self)
    }
    /// Sends a `PATCH` request to `/project-settings`
    #[inline]
    pub fn v4_update_project_settings(&self) -> builder::V4UpdateProjectSettings<'_> {
        builder::V4UpdateProjectSettings::new(self)
    }
    /// Sends a `POST` request to `/project-settings/regenerate-secret`
    #[inline]
    pub fn v4_regenerate_project_secret(
        &self,
    ) -> builder::V4RegenerateProjectSecret<'_> {
        builder::V4RegenerateProjectSecret::new(self)
    }
    /// Sends a `GET` request to `/project-settings/stores/{platform}`
    #[inline]
    pub fn v4_get_store_config(&self) -> builder::V4GetStoreConfig<'_> {
        builder::V4GetStoreConfig::new(self)
    }
    /// Sends a `POST` request to `/project-settings/stores/{platform}`
    #[inline]
    pub fn v4_update_store_config(&self) -> builder::V4UpdateStoreConfig<'_> {
        builder::V4UpdateStoreConfig::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use client_core::QueryParamExt as _;
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::v4_create_user`]

[`Client::v4_create_user`]: super::Client::v4_create_user*/
    #[derive(Debug, Clone)]
    pub struct V4CreateUser<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateUserRequest, String>,
    }
    client_core::op_builder! {
        V4CreateUser -> types::User, crate::Error;
        opt idempotency_key: ::std::string::String,
        built body: types::CreateUserRequest as types::builder::CreateUserRequest,
    }
    impl<'a> V4CreateUser<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ErrorResponse>> {
            let Self { client, idempotency_key, body } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateUserRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/users", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            } else {
                header_map
                    .append(
                        "Idempotency-Key",
                        ::client_core::idempotency_key().try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_user",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_user`]

[`Client::v4_get_user`]: super::Client::v4_get_user*/
    #[derive(Debug, Clone)]
    pub struct V4GetUser<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetUser -> types::User, crate::Error;
        req user_id: ::std::string::String,
    }
    impl<'a> V4GetUser<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ErrorResponse>> {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/users/{}", client.baseurl, client_core::PathSegment(& user_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_user",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_user_properties`]

[`Client::v4_list_user_properties`]: super::Client::v4_list_user_properties*/
    #[derive(Debug, Clone)]
    pub struct V4ListUserProperties<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4ListUserProperties -> types::UserPropertyList, crate::Error;
        req user_id: ::std::string::String,
    }
    impl<'a> V4ListUserProperties<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UserPropertyList>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/users/{}/properties", client.baseurl, client_core::PathSegment(&
                user_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_user_properties",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_set_user_properties`]

[`Client::v4_set_user_properties`]: super::Client::v4_set_user_properties*/
    #[derive(Debug, Clone)]
    pub struct V4SetUserProperties<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::SetPropertiesRequest, String>,
    }
    client_core::op_builder! {
        V4SetUserProperties -> types::UserPropertiesSetResult, crate::Error;
        req user_id: ::std::string::String,
        opt idempotency_key: ::std::string::String,
        built body: types::SetPropertiesRequest as types::builder::SetPropertiesRequest,
    }
    impl<'a> V4SetUserProperties<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UserPropertiesSetResult>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, user_id, idempotency_key, body } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SetPropertiesRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/users/{}/properties", client.baseurl, client_core::PathSegment(&
                user_id),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            } else {
                header_map
                    .append(
                        "Idempotency-Key",
                        ::client_core::idempotency_key().try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_set_user_properties",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_identity`]

[`Client::v4_create_identity`]: super::Client::v4_create_identity*/
    #[derive(Debug, Clone)]
    pub struct V4CreateIdentity<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateIdentityRequest, String>,
    }
    client_core::op_builder! {
        V4CreateIdentity -> types::Identity, crate::Error;
        opt idempotency_key: ::std::string::String,
        built body: types::CreateIdentityRequest as types::builder::CreateIdentityRequest,
    }
    impl<'a> V4CreateIdentity<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Identity>, Error<types::ErrorResponse>> {
            let Self { client, idempotency_key, body } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateIdentityRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/identities", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            } else {
                header_map
                    .append(
                        "Idempotency-Key",
                        ::client_core::idempotency_key().try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_identity",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_identity`]

[`Client::v4_get_identity`]: super::Client::v4_get_identity*/
    #[derive(Debug, Clone)]
    pub struct V4GetIdentity<'a> {
        client: &'a super::Client,
        identity_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetIdentity -> types::Identity, crate::Error;
        req identity_id: ::std::string::String,
    }
    impl<'a> V4GetIdentity<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Identity>, Error<types::ErrorResponse>> {
            let Self { client, identity_id } = self;
            let identity_id = identity_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/identities/{}", client.baseurl, client_core::PathSegment(&
                identity_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_identity",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_entitlements`]

[`Client::v4_list_entitlements`]: super::Client::v4_list_entitlements*/
    #[derive(Debug, Clone)]
    pub struct V4ListEntitlements<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4ListEntitlements -> types::EntitlementList, crate::Error;
        opt limit: ::std::num::NonZeroU64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> V4ListEntitlements<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::EntitlementList>, Error<types::ErrorResponse>> {
            let Self { client, limit, starting_after } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/entitlements", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_entitlements",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_entitlement`]

[`Client::v4_get_entitlement`]: super::Client::v4_get_entitlement*/
    #[derive(Debug, Clone)]
    pub struct V4GetEntitlement<'a> {
        client: &'a super::Client,
        entitlement_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetEntitlement -> types::Entitlement, crate::Error;
        req entitlement_id: ::std::string::String,
    }
    impl<'a> V4GetEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Entitlement>, Error<types::ErrorResponse>> {
            let Self { client, entitlement_id } = self;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/entitlements/{}", client.baseurl, client_core::PathSegment(&
                entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_entitlement`]

[`Client::v4_delete_entitlement`]: super::Client::v4_delete_entitlement*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteEntitlement<'a> {
        client: &'a super::Client,
        entitlement_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteEntitlement -> (), crate::Error;
        req entitlement_id: ::std::string::String,
    }
    impl<'a> V4DeleteEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, entitlement_id } = self;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/entitlements/{}", client.baseurl, client_core::PathSegment(&
                entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_update_entitlement`]

[`Client::v4_update_entitlement`]: super::Client::v4_update_entitlement*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateEntitlement<'a> {
        client: &'a super::Client,
        entitlement_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateEntitlementRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateEntitlement -> types::Entitlement, crate::Error;
        req entitlement_id: ::std::string::String,
        built body: types::UpdateEntitlementRequest as types::builder::UpdateEntitlementRequest,
    }
    impl<'a> V4UpdateEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Entitlement>, Error<types::ErrorResponse>> {
            let Self { client, entitlement_id, body } = self;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateEntitlementRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/entitlements/{}", client.baseurl, client_core::PathSegment(&
                entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_user_entitlements`]

[`Client::v4_list_user_entitlements`]: super::Client::v4_list_user_entitlements*/
    #[derive(Debug, Clone)]
    pub struct V4ListUserEntitlements<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4ListUserEntitlements -> types::UserEntitlementList, crate::Error;
        req user_id: ::std::string::String,
    }
    impl<'a> V4ListUserEntitlements<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UserEntitlementList>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/users/{}/entitlements", client.baseurl, client_core::PathSegment(&
                user_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_user_entitlements",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_grant_user_entitlement`]

[`Client::v4_grant_user_entitlement`]: super::Client::v4_grant_user_entitlement*/
    #[derive(Debug, Clone)]
    pub struct V4GrantUserEntitlement<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
        body: Result<types::builder::GrantEntitlementRequest, String>,
    }
    client_core::op_builder! {
        V4GrantUserEntitlement -> types::UserEntitlement, crate::Error;
        req user_id: ::std::string::String,
        built body: types::GrantEntitlementRequest as types::builder::GrantEntitlementRequest,
    }
    impl<'a> V4GrantUserEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::UserEntitlement>, Error<types::ErrorResponse>> {
            let Self { client, user_id, body } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GrantEntitlementRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/users/{}/entitlements", client.baseurl, client_core::PathSegment(&
                user_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_grant_user_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_revoke_user_entitlement`]

[`Client::v4_revoke_user_entitlement`]: super::Client::v4_revoke_user_entitlement*/
    #[derive(Debug, Clone)]
    pub struct V4RevokeUserEntitlement<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
        entitlement_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4RevokeUserEntitlement -> (), crate::Error;
        req user_id: ::std::string::String,
        req entitlement_id: ::std::string::String,
    }
    impl<'a> V4RevokeUserEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, user_id, entitlement_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/users/{}/entitlements/{}", client.baseurl, client_core::PathSegment(&
                user_id), client_core::PathSegment(& entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_revoke_user_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_list_user_purchases`]

[`Client::v4_list_user_purchases`]: super::Client::v4_list_user_purchases*/
    #[derive(Debug, Clone)]
    pub struct V4ListUserPurchases<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
        filter_platform: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4ListUserPurchases -> types::PurchaseList, crate::Error;
        req user_id: ::std::string::String,
        opt filter_platform: ::std::vec::Vec<::std::string::String>,
        opt limit: ::std::num::NonZeroU64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> V4ListUserPurchases<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::PurchaseList>, Error<types::ErrorResponse>> {
            let Self { client, user_id, filter_platform, limit, starting_after } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let filter_platform = filter_platform.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/users/{}/purchases", client.baseurl, client_core::PathSegment(&
                user_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("filter[platform]", &filter_platform)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_user_purchases",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_products`]

[`Client::v4_list_products`]: super::Client::v4_list_products*/
    #[derive(Debug, Clone)]
    pub struct V4ListProducts<'a> {
        client: &'a super::Client,
        filter_type: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4ListProducts -> types::ProductList, crate::Error;
        opt filter_type: ::std::vec::Vec<::std::string::String>,
        opt limit: ::std::num::NonZeroU64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> V4ListProducts<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ProductList>, Error<types::ErrorResponse>> {
            let Self { client, filter_type, limit, starting_after } = self;
            let filter_type = filter_type.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/products", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("filter[type]", &filter_type)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_products",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_product`]

[`Client::v4_create_product`]: super::Client::v4_create_product*/
    #[derive(Debug, Clone)]
    pub struct V4CreateProduct<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateProductRequest, String>,
    }
    client_core::op_builder! {
        V4CreateProduct -> types::Product, crate::Error;
        built body: types::CreateProductRequest as types::builder::CreateProductRequest,
    }
    impl<'a> V4CreateProduct<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateProductRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/products", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_product",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_product`]

[`Client::v4_get_product`]: super::Client::v4_get_product*/
    #[derive(Debug, Clone)]
    pub struct V4GetProduct<'a> {
        client: &'a super::Client,
        product_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetProduct -> types::Product, crate::Error;
        req product_id: ::std::string::String,
    }
    impl<'a> V4GetProduct<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorResponse>> {
            let Self { client, product_id } = self;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/products/{}", client.baseurl, client_core::PathSegment(& product_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_product",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_product`]

[`Client::v4_delete_product`]: super::Client::v4_delete_product*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteProduct<'a> {
        client: &'a super::Client,
        product_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteProduct -> (), crate::Error;
        req product_id: ::std::string::String,
    }
    impl<'a> V4DeleteProduct<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, product_id } = self;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/products/{}", client.baseurl, client_core::PathSegment(& product_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_product",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_update_product`]

[`Client::v4_update_product`]: super::Client::v4_update_product*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateProduct<'a> {
        client: &'a super::Client,
        product_id: Result<::std::string::String, String>,
        body: Result<types::UndocumentedBody, String>,
    }
    client_core::op_builder! {
        V4UpdateProduct -> types::Product, crate::Error;
        req product_id: ::std::string::String,
        req body: types::UndocumentedBody,
    }
    impl<'a> V4UpdateProduct<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorResponse>> {
            let Self { client, product_id, body } = self;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/products/{}", client.baseurl, client_core::PathSegment(& product_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_product",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_offerings`]

[`Client::v4_list_offerings`]: super::Client::v4_list_offerings*/
    #[derive(Debug, Clone)]
    pub struct V4ListOfferings<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4ListOfferings -> types::OfferingList, crate::Error;
        opt limit: ::std::num::NonZeroU64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> V4ListOfferings<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::OfferingList>, Error<types::ErrorResponse>> {
            let Self { client, limit, starting_after } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/offerings", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_offerings",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_offering`]

[`Client::v4_create_offering`]: super::Client::v4_create_offering*/
    #[derive(Debug, Clone)]
    pub struct V4CreateOffering<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateOfferingRequest, String>,
    }
    client_core::op_builder! {
        V4CreateOffering -> types::Offering, crate::Error;
        built body: types::CreateOfferingRequest as types::builder::CreateOfferingRequest,
    }
    impl<'a> V4CreateOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Offering>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateOfferingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/offerings", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_offering`]

[`Client::v4_get_offering`]: super::Client::v4_get_offering*/
    #[derive(Debug, Clone)]
    pub struct V4GetOffering<'a> {
        client: &'a super::Client,
        offering_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetOffering -> types::Offering, crate::Error;
        req offering_id: ::std::string::String,
    }
    impl<'a> V4GetOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Offering>, Error<types::ErrorResponse>> {
            let Self { client, offering_id } = self;
            let offering_id = offering_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/offerings/{}", client.baseurl, client_core::PathSegment(&
                offering_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_offering`]

[`Client::v4_delete_offering`]: super::Client::v4_delete_offering*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteOffering<'a> {
        client: &'a super::Client,
        offering_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteOffering -> (), crate::Error;
        req offering_id: ::std::string::String,
    }
    impl<'a> V4DeleteOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, offering_id } = self;
            let offering_id = offering_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/offerings/{}", client.baseurl, client_core::PathSegment(&
                offering_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_update_offering`]

[`Client::v4_update_offering`]: super::Client::v4_update_offering*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateOffering<'a> {
        client: &'a super::Client,
        offering_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateOfferingRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateOffering -> types::Offering, crate::Error;
        req offering_id: ::std::string::String,
        built body: types::UpdateOfferingRequest as types::builder::UpdateOfferingRequest,
    }
    impl<'a> V4UpdateOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Offering>, Error<types::ErrorResponse>> {
            let Self { client, offering_id, body } = self;
            let offering_id = offering_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOfferingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/offerings/{}", client.baseurl, client_core::PathSegment(&
                offering_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_set_main_offering`]

[`Client::v4_set_main_offering`]: super::Client::v4_set_main_offering*/
    #[derive(Debug, Clone)]
    pub struct V4SetMainOffering<'a> {
        client: &'a super::Client,
        offering_id: Result<::std::string::String, String>,
        idempotency_key: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4SetMainOffering -> types::Offering, crate::Error;
        req offering_id: ::std::string::String,
        opt idempotency_key: ::std::string::String,
    }
    impl<'a> V4SetMainOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Offering>, Error<types::ErrorResponse>> {
            let Self { client, offering_id, idempotency_key } = self;
            let offering_id = offering_id.map_err(Error::InvalidRequest)?;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/offerings/{}/set-main", client.baseurl, client_core::PathSegment(&
                offering_id),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            } else {
                header_map
                    .append(
                        "Idempotency-Key",
                        ::client_core::idempotency_key().try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_set_main_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_remote_configurations`]

[`Client::v4_list_remote_configurations`]: super::Client::v4_list_remote_configurations*/
    #[derive(Debug, Clone)]
    pub struct V4ListRemoteConfigurations<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4ListRemoteConfigurations -> types::RemoteConfigurationList, crate::Error;
        opt limit: ::std::num::NonZeroU64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> V4ListRemoteConfigurations<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::RemoteConfigurationList>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, limit, starting_after } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/remote-configurations", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_remote_configurations",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_remote_configuration`]

[`Client::v4_create_remote_configuration`]: super::Client::v4_create_remote_configuration*/
    #[derive(Debug, Clone)]
    pub struct V4CreateRemoteConfiguration<'a> {
        client: &'a super::Client,
        body: Result<types::UndocumentedBody, String>,
    }
    client_core::op_builder! {
        V4CreateRemoteConfiguration -> types::UndocumentedObject, crate::Error;
        req body: types::UndocumentedBody,
    }
    impl<'a> V4CreateRemoteConfiguration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/remote-configurations", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_remote_configuration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_remote_configuration`]

[`Client::v4_get_remote_configuration`]: super::Client::v4_get_remote_configuration*/
    #[derive(Debug, Clone)]
    pub struct V4GetRemoteConfiguration<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetRemoteConfiguration -> types::UndocumentedObject, crate::Error;
        req config_id: ::std::string::String,
    }
    impl<'a> V4GetRemoteConfiguration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, config_id } = self;
            let config_id = config_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/remote-configurations/{}", client.baseurl, client_core::PathSegment(&
                config_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_remote_configuration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_replace_remote_configuration`]

[`Client::v4_replace_remote_configuration`]: super::Client::v4_replace_remote_configuration*/
    #[derive(Debug, Clone)]
    pub struct V4ReplaceRemoteConfiguration<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
        body: Result<types::UndocumentedBody, String>,
    }
    client_core::op_builder! {
        V4ReplaceRemoteConfiguration -> types::UndocumentedObject, crate::Error;
        req config_id: ::std::string::String,
        req body: types::UndocumentedBody,
    }
    impl<'a> V4ReplaceRemoteConfiguration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, config_id, body } = self;
            let config_id = config_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/remote-configurations/{}", client.baseurl, client_core::PathSegment(&
                config_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_replace_remote_configuration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_remote_configuration`]

[`Client::v4_delete_remote_configuration`]: super::Client::v4_delete_remote_configuration*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteRemoteConfiguration<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteRemoteConfiguration -> (), crate::Error;
        req config_id: ::std::string::String,
    }
    impl<'a> V4DeleteRemoteConfiguration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, config_id } = self;
            let config_id = config_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/remote-configurations/{}", client.baseurl, client_core::PathSegment(&
                config_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_remote_configuration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_change_remote_configuration_status`]

[`Client::v4_change_remote_configuration_status`]: super::Client::v4_change_remote_configuration_status*/
    #[derive(Debug, Clone)]
    pub struct V4ChangeRemoteConfigurationStatus<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
        body: Result<types::UndocumentedBody, String>,
    }
    client_core::op_builder! {
        V4ChangeRemoteConfigurationStatus -> types::UndocumentedObject, crate::Error;
        req config_id: ::std::string::String,
        req body: types::UndocumentedBody,
    }
    impl<'a> V4ChangeRemoteConfigurationStatus<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, config_id, body } = self;
            let config_id = config_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/remote-configurations/{}/status", client.baseurl,
                client_core::PathSegment(& config_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_change_remote_configuration_status",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_remote_configuration_payload_mapping`]

[`Client::v4_get_remote_configuration_payload_mapping`]: super::Client::v4_get_remote_configuration_payload_mapping*/
    #[derive(Debug, Clone)]
    pub struct V4GetRemoteConfigurationPayloadMapping<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetRemoteConfigurationPayloadMapping -> types::UndocumentedObject, crate::Error;
        req config_id: ::std::string::String,
    }
    impl<'a> V4GetRemoteConfigurationPayloadMapping<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, config_id } = self;
            let config_id = config_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/remote-configurations/{}/payload-mapping", client.baseurl,
                client_core::PathSegment(& config_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_remote_configuration_payload_mapping",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_set_remote_configuration_payload_mapping`]

[`Client::v4_set_remote_configuration_payload_mapping`]: super::Client::v4_set_remote_configuration_payload_mapping*/
    #[derive(Debug, Clone)]
    pub struct V4SetRemoteConfigurationPayloadMapping<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
        body: Result<types::UndocumentedBody, String>,
    }
    client_core::op_builder! {
        V4SetRemoteConfigurationPayloadMapping -> types::UndocumentedObject, crate::Error;
        req config_id: ::std::string::String,
        req body: types::UndocumentedBody,
    }
    impl<'a> V4SetRemoteConfigurationPayloadMapping<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, config_id, body } = self;
            let config_id = config_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/remote-configurations/{}/payload-mapping", client.baseurl,
                client_core::PathSegment(& config_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_set_remote_configuration_payload_mapping",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_attach_remote_configuration_user`]

[`Client::v4_attach_remote_configuration_user`]: super::Client::v4_attach_remote_configuration_user*/
    #[derive(Debug, Clone)]
    pub struct V4AttachRemoteConfigurationUser<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
        user_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4AttachRemoteConfigurationUser -> types::UndocumentedObject, crate::Error;
        req config_id: ::std::string::String,
        req user_id: ::std::string::String,
    }
    impl<'a> V4AttachRemoteConfigurationUser<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, config_id, user_id } = self;
            let config_id = config_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/remote-configurations/{}/users/{}", client.baseurl,
                client_core::PathSegment(& config_id), client_core::PathSegment(&
                user_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_attach_remote_configuration_user",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_detach_remote_configuration_user`]

[`Client::v4_detach_remote_configuration_user`]: super::Client::v4_detach_remote_configuration_user*/
    #[derive(Debug, Clone)]
    pub struct V4DetachRemoteConfigurationUser<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
        user_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DetachRemoteConfigurationUser -> (), crate::Error;
        req config_id: ::std::string::String,
        req user_id: ::std::string::String,
    }
    impl<'a> V4DetachRemoteConfigurationUser<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, config_id, user_id } = self;
            let config_id = config_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/remote-configurations/{}/users/{}", client.baseurl,
                client_core::PathSegment(& config_id), client_core::PathSegment(&
                user_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_detach_remote_configuration_user",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_list_customers`]

[`Client::v4_list_customers`]: super::Client::v4_list_customers*/
    #[derive(Debug, Clone)]
    pub struct V4ListCustomers<'a> {
        client: &'a super::Client,
        environment: Result<Option<i64>, String>,
        filter_status: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        filter_target_platform: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
    }
    client_core::op_builder! {
        V4ListCustomers -> types::CustomerList, crate::Error;
        opt environment: i64,
        opt filter_status: ::std::vec::Vec<::std::string::String>,
        opt filter_target_platform: ::std::vec::Vec<::std::string::String>,
        opt limit: ::std::num::NonZeroU64,
        opt page: ::std::num::NonZeroU64,
        opt search: ::std::string::String,
        opt sort_by: ::std::string::String,
        opt sort_order: types::SortOrder,
    }
    impl<'a> V4ListCustomers<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CustomerList>, Error<types::ErrorResponse>> {
            let Self {
                client,
                environment,
                filter_status,
                filter_target_platform,
                limit,
                page,
                search,
                sort_by,
                sort_order,
            } = self;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let filter_status = filter_status.map_err(Error::InvalidRequest)?;
            let filter_target_platform = filter_target_platform
                .map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let url = format!("{}/customers", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("environment", &environment)
                .query_opt("filter[status][]", &filter_status)
                .query_opt("filter[target_platform][]", &filter_target_platform)
                .query_opt("limit", &limit)
                .query_opt("page", &page)
                .query_opt("search", &search)
                .query_opt("sort_by", &sort_by)
                .query_opt("sort_order", &sort_order)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_customers",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_customer_metrics`]

[`Client::v4_get_customer_metrics`]: super::Client::v4_get_customer_metrics*/
    #[derive(Debug, Clone)]
    pub struct V4GetCustomerMetrics<'a> {
        client: &'a super::Client,
        environment: Result<Option<types::Environment>, String>,
        filter_status: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        filter_target_platform: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        search: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4GetCustomerMetrics -> types::CustomerMetrics, crate::Error;
        opt environment: types::Environment,
        opt filter_status: ::std::vec::Vec<::std::string::String>,
        opt filter_target_platform: ::std::vec::Vec<::std::string::String>,
        opt search: ::std::string::String,
    }
    impl<'a> V4GetCustomerMetrics<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CustomerMetrics>, Error<types::ErrorResponse>> {
            let Self {
                client,
                environment,
                filter_status,
                filter_target_platform,
                search,
            } = self;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let filter_status = filter_status.map_err(Error::InvalidRequest)?;
            let filter_target_platform = filter_target_platform
                .map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let url = format!("{}/customers/metrics", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("environment", &environment)
                .query_opt("filter[status][]", &filter_status)
                .query_opt("filter[target_platform][]", &filter_target_platform)
                .query_opt("search", &search)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_customer_metrics",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_customer`]

[`Client::v4_get_customer`]: super::Client::v4_get_customer*/
    #[derive(Debug, Clone)]
    pub struct V4GetCustomer<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetCustomer -> types::CustomerResponse, crate::Error;
        req customer_id: ::std::string::String,
    }
    impl<'a> V4GetCustomer<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::CustomerResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, customer_id } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/customers/{}", client.baseurl, client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_customer",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_customer`]

[`Client::v4_delete_customer`]: super::Client::v4_delete_customer*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteCustomer<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteCustomer -> (), crate::Error;
        req customer_id: ::std::string::String,
    }
    impl<'a> V4DeleteCustomer<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, customer_id } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/customers/{}", client.baseurl, client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_customer",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_list_customer_permissions`]

[`Client::v4_list_customer_permissions`]: super::Client::v4_list_customer_permissions*/
    #[derive(Debug, Clone)]
    pub struct V4ListCustomerPermissions<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4ListCustomerPermissions -> types::CustomerPermissionList, crate::Error;
        req customer_id: ::std::string::String,
    }
    impl<'a> V4ListCustomerPermissions<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::CustomerPermissionList>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, customer_id } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/customers/{}/permissions", client.baseurl, client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_customer_permissions",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_grant_customer_permission`]

[`Client::v4_grant_customer_permission`]: super::Client::v4_grant_customer_permission*/
    #[derive(Debug, Clone)]
    pub struct V4GrantCustomerPermission<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::GrantPermissionRequest, String>,
    }
    client_core::op_builder! {
        V4GrantCustomerPermission -> types::CustomerPermissionGrant, crate::Error;
        req customer_id: ::std::string::String,
        built body: types::GrantPermissionRequest as types::builder::GrantPermissionRequest,
    }
    impl<'a> V4GrantCustomerPermission<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::CustomerPermissionGrant>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, customer_id, body } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GrantPermissionRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/customers/{}/permissions", client.baseurl, client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_grant_customer_permission",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_revoke_customer_permission`]

[`Client::v4_revoke_customer_permission`]: super::Client::v4_revoke_customer_permission*/
    #[derive(Debug, Clone)]
    pub struct V4RevokeCustomerPermission<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
        permission_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4RevokeCustomerPermission -> (), crate::Error;
        req customer_id: ::std::string::String,
        req permission_id: ::std::string::String,
    }
    impl<'a> V4RevokeCustomerPermission<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, customer_id, permission_id } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let permission_id = permission_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/customers/{}/permissions/{}", client.baseurl,
                client_core::PathSegment(& customer_id), client_core::PathSegment(&
                permission_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_revoke_customer_permission",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_set_customer_properties`]

[`Client::v4_set_customer_properties`]: super::Client::v4_set_customer_properties*/
    #[derive(Debug, Clone)]
    pub struct V4SetCustomerProperties<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::SetPropertiesRequest, String>,
    }
    client_core::op_builder! {
        V4SetCustomerProperties -> types::CustomerPropertiesResult, crate::Error;
        req customer_id: ::std::string::String,
        built body: types::SetPropertiesRequest as types::builder::SetPropertiesRequest,
    }
    impl<'a> V4SetCustomerProperties<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::CustomerPropertiesResult>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, customer_id, body } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SetPropertiesRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/customers/{}/properties", client.baseurl, client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_set_customer_properties",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_segments`]

[`Client::v4_list_segments`]: super::Client::v4_list_segments*/
    #[derive(Debug, Clone)]
    pub struct V4ListSegments<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4ListSegments -> types::SegmentList, crate::Error;
        opt limit: ::std::num::NonZeroU64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> V4ListSegments<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::SegmentList>, Error<types::ErrorResponse>> {
            let Self { client, limit, starting_after } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/segments", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_segments",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_segment`]

[`Client::v4_create_segment`]: super::Client::v4_create_segment*/
    #[derive(Debug, Clone)]
    pub struct V4CreateSegment<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateSegmentRequest, String>,
    }
    client_core::op_builder! {
        V4CreateSegment -> types::Segment, crate::Error;
        opt idempotency_key: ::std::string::String,
        built body: types::CreateSegmentRequest as types::builder::CreateSegmentRequest,
    }
    impl<'a> V4CreateSegment<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Segment>, Error<types::ErrorResponse>> {
            let Self { client, idempotency_key, body } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateSegmentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/segments", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            } else {
                header_map
                    .append(
                        "Idempotency-Key",
                        ::client_core::idempotency_key().try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_segment",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_system_segments`]

[`Client::v4_list_system_segments`]: super::Client::v4_list_system_segments*/
    #[derive(Debug, Clone)]
    pub struct V4ListSystemSegments<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4ListSystemSegments -> types::SegmentList, crate::Error;
    }
    impl<'a> V4ListSystemSegments<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::SegmentList>, Error<types::ErrorResponse>> {
            let Self { client } = self;
            let url = format!("{}/segments/system", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_system_segments",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_segment`]

[`Client::v4_get_segment`]: super::Client::v4_get_segment*/
    #[derive(Debug, Clone)]
    pub struct V4GetSegment<'a> {
        client: &'a super::Client,
        segment_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetSegment -> types::Segment, crate::Error;
        req segment_id: ::std::string::String,
    }
    impl<'a> V4GetSegment<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Segment>, Error<types::ErrorResponse>> {
            let Self { client, segment_id } = self;
            let segment_id = segment_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/segments/{}", client.baseurl, client_core::PathSegment(& segment_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_segment",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_update_segment`]

[`Client::v4_update_segment`]: super::Client::v4_update_segment*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateSegment<'a> {
        client: &'a super::Client,
        segment_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateSegmentRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateSegment -> types::Segment, crate::Error;
        req segment_id: ::std::string::String,
        built body: types::CreateSegmentRequest as types::builder::CreateSegmentRequest,
    }
    impl<'a> V4UpdateSegment<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Segment>, Error<types::ErrorResponse>> {
            let Self { client, segment_id, body } = self;
            let segment_id = segment_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateSegmentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/segments/{}", client.baseurl, client_core::PathSegment(& segment_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_segment",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_segment`]

[`Client::v4_delete_segment`]: super::Client::v4_delete_segment*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteSegment<'a> {
        client: &'a super::Client,
        segment_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteSegment -> (), crate::Error;
        req segment_id: ::std::string::String,
    }
    impl<'a> V4DeleteSegment<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, segment_id } = self;
            let segment_id = segment_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/segments/{}", client.baseurl, client_core::PathSegment(& segment_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_segment",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_list_experiments`]

[`Client::v4_list_experiments`]: super::Client::v4_list_experiments*/
    #[derive(Debug, Clone)]
    pub struct V4ListExperiments<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4ListExperiments -> types::ExperimentList, crate::Error;
    }
    impl<'a> V4ListExperiments<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ExperimentList>, Error<types::ErrorResponse>> {
            let Self { client } = self;
            let url = format!("{}/experiments", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_experiments",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_experiment`]

[`Client::v4_create_experiment`]: super::Client::v4_create_experiment*/
    #[derive(Debug, Clone)]
    pub struct V4CreateExperiment<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateExperimentRequest, String>,
    }
    client_core::op_builder! {
        V4CreateExperiment -> types::Experiment, crate::Error;
        built body: types::CreateExperimentRequest as types::builder::CreateExperimentRequest,
    }
    impl<'a> V4CreateExperiment<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Experiment>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateExperimentRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/experiments", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_experiment",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_experiments_summary`]

[`Client::v4_get_experiments_summary`]: super::Client::v4_get_experiments_summary*/
    #[derive(Debug, Clone)]
    pub struct V4GetExperimentsSummary<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4GetExperimentsSummary -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4GetExperimentsSummary<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/experiments/summary", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_experiments_summary",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_experiment`]

[`Client::v4_get_experiment`]: super::Client::v4_get_experiment*/
    #[derive(Debug, Clone)]
    pub struct V4GetExperiment<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetExperiment -> types::Experiment, crate::Error;
        req experiment_id: ::std::string::String,
    }
    impl<'a> V4GetExperiment<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Experiment>, Error<types::ErrorResponse>> {
            let Self { client, experiment_id } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}", client.baseurl, client_core::PathSegment(&
                experiment_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_experiment",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_experiment`]

[`Client::v4_delete_experiment`]: super::Client::v4_delete_experiment*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteExperiment<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteExperiment -> (), crate::Error;
        req experiment_id: ::std::string::String,
    }
    impl<'a> V4DeleteExperiment<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, experiment_id } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}", client.baseurl, client_core::PathSegment(&
                experiment_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_experiment",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_update_experiment`]

[`Client::v4_update_experiment`]: super::Client::v4_update_experiment*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateExperiment<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateExperimentRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateExperiment -> types::Experiment, crate::Error;
        req experiment_id: ::std::string::String,
        built body: types::UpdateExperimentRequest as types::builder::UpdateExperimentRequest,
    }
    impl<'a> V4UpdateExperiment<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Experiment>, Error<types::ErrorResponse>> {
            let Self { client, experiment_id, body } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateExperimentRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}", client.baseurl, client_core::PathSegment(&
                experiment_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_experiment",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_experiment_groups`]

[`Client::v4_list_experiment_groups`]: super::Client::v4_list_experiment_groups*/
    #[derive(Debug, Clone)]
    pub struct V4ListExperimentGroups<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4ListExperimentGroups -> types::ExperimentGroupList, crate::Error;
        req experiment_id: ::std::string::String,
    }
    impl<'a> V4ListExperimentGroups<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ExperimentGroupList>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, experiment_id } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}/groups", client.baseurl, client_core::PathSegment(&
                experiment_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_experiment_groups",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_experiment_group`]

[`Client::v4_create_experiment_group`]: super::Client::v4_create_experiment_group*/
    #[derive(Debug, Clone)]
    pub struct V4CreateExperimentGroup<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateExperimentGroupRequest, String>,
    }
    client_core::op_builder! {
        V4CreateExperimentGroup -> types::ExperimentGroup, crate::Error;
        req experiment_id: ::std::string::String,
        built body: types::CreateExperimentGroupRequest as types::builder::CreateExperimentGroupRequest,
    }
    impl<'a> V4CreateExperimentGroup<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ExperimentGroup>, Error<types::ErrorResponse>> {
            let Self { client, experiment_id, body } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateExperimentGroupRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}/groups", client.baseurl, client_core::PathSegment(&
                experiment_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_experiment_group",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_experiment_group`]

[`Client::v4_delete_experiment_group`]: super::Client::v4_delete_experiment_group*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteExperimentGroup<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
        group_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteExperimentGroup -> (), crate::Error;
        req experiment_id: ::std::string::String,
        req group_id: ::std::string::String,
    }
    impl<'a> V4DeleteExperimentGroup<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, experiment_id, group_id } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}/groups/{}", client.baseurl, client_core::PathSegment(&
                experiment_id), client_core::PathSegment(& group_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_experiment_group",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_update_experiment_group`]

[`Client::v4_update_experiment_group`]: super::Client::v4_update_experiment_group*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateExperimentGroup<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
        group_id: Result<::std::string::String, String>,
        body: Result<types::UndocumentedBody, String>,
    }
    client_core::op_builder! {
        V4UpdateExperimentGroup -> types::UndocumentedObject, crate::Error;
        req experiment_id: ::std::string::String,
        req group_id: ::std::string::String,
        req body: types::UndocumentedBody,
    }
    impl<'a> V4UpdateExperimentGroup<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, experiment_id, group_id, body } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}/groups/{}", client.baseurl, client_core::PathSegment(&
                experiment_id), client_core::PathSegment(& group_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_experiment_group",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_change_experiment_status`]

[`Client::v4_change_experiment_status`]: super::Client::v4_change_experiment_status*/
    #[derive(Debug, Clone)]
    pub struct V4ChangeExperimentStatus<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
        body: Result<types::builder::ChangeExperimentStatusRequest, String>,
    }
    client_core::op_builder! {
        V4ChangeExperimentStatus -> types::Experiment, crate::Error;
        req experiment_id: ::std::string::String,
        built body: types::ChangeExperimentStatusRequest as types::builder::ChangeExperimentStatusRequest,
    }
    impl<'a> V4ChangeExperimentStatus<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Experiment>, Error<types::ErrorResponse>> {
            let Self { client, experiment_id, body } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ChangeExperimentStatusRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}/status", client.baseurl, client_core::PathSegment(&
                experiment_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_change_experiment_status",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_attach_experiment_user`]

[`Client::v4_attach_experiment_user`]: super::Client::v4_attach_experiment_user*/
    #[derive(Debug, Clone)]
    pub struct V4AttachExperimentUser<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
        user_id: Result<::std::string::String, String>,
        body: Result<types::builder::AttachExperimentUserRequest, String>,
    }
    client_core::op_builder! {
        V4AttachExperimentUser -> (), crate::Error;
        req experiment_id: ::std::string::String,
        req user_id: ::std::string::String,
        built body: types::AttachExperimentUserRequest as types::builder::AttachExperimentUserRequest,
    }
    impl<'a> V4AttachExperimentUser<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, experiment_id, user_id, body } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AttachExperimentUserRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}/users/{}", client.baseurl, client_core::PathSegment(&
                experiment_id), client_core::PathSegment(& user_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_attach_experiment_user",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_detach_experiment_user`]

[`Client::v4_detach_experiment_user`]: super::Client::v4_detach_experiment_user*/
    #[derive(Debug, Clone)]
    pub struct V4DetachExperimentUser<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
        user_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DetachExperimentUser -> (), crate::Error;
        req experiment_id: ::std::string::String,
        req user_id: ::std::string::String,
    }
    impl<'a> V4DetachExperimentUser<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, experiment_id, user_id } = self;
            let experiment_id = experiment_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/experiments/{}/users/{}", client.baseurl, client_core::PathSegment(&
                experiment_id), client_core::PathSegment(& user_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_detach_experiment_user",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_list_screens`]

[`Client::v4_list_screens`]: super::Client::v4_list_screens*/
    #[derive(Debug, Clone)]
    pub struct V4ListScreens<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4ListScreens -> types::ScreenList, crate::Error;
        opt limit: ::std::num::NonZeroU64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> V4ListScreens<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ScreenList>, Error<types::ErrorResponse>> {
            let Self { client, limit, starting_after } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/screens", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_screens",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_screen`]

[`Client::v4_create_screen`]: super::Client::v4_create_screen*/
    #[derive(Debug, Clone)]
    pub struct V4CreateScreen<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ScreenNameRequest, String>,
    }
    client_core::op_builder! {
        V4CreateScreen -> types::Screen, crate::Error;
        built body: types::ScreenNameRequest as types::builder::ScreenNameRequest,
    }
    impl<'a> V4CreateScreen<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Screen>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ScreenNameRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/screens", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_screen",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_screens_analytics_overview`]

[`Client::v4_get_screens_analytics_overview`]: super::Client::v4_get_screens_analytics_overview*/
    #[derive(Debug, Clone)]
    pub struct V4GetScreensAnalyticsOverview<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4GetScreensAnalyticsOverview -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4GetScreensAnalyticsOverview<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/screens/analytics/overview", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_screens_analytics_overview",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_screen`]

[`Client::v4_get_screen`]: super::Client::v4_get_screen*/
    #[derive(Debug, Clone)]
    pub struct V4GetScreen<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
        render: Result<Option<bool>, String>,
    }
    client_core::op_builder! {
        V4GetScreen -> types::Screen, crate::Error;
        req screen_id: ::std::string::String,
        opt render: bool,
    }
    impl<'a> V4GetScreen<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Screen>, Error<types::ErrorResponse>> {
            let Self { client, screen_id, render } = self;
            let screen_id = screen_id.map_err(Error::InvalidRequest)?;
            let render = render.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/screens/{}", client.baseurl, client_core::PathSegment(& screen_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("render", &render)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_screen",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_update_screen`]

[`Client::v4_update_screen`]: super::Client::v4_update_screen*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateScreen<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
        body: Result<types::builder::ScreenNameRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateScreen -> types::Screen, crate::Error;
        req screen_id: ::std::string::String,
        built body: types::ScreenNameRequest as types::builder::ScreenNameRequest,
    }
    impl<'a> V4UpdateScreen<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Screen>, Error<types::ErrorResponse>> {
            let Self { client, screen_id, body } = self;
            let screen_id = screen_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ScreenNameRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/screens/{}", client.baseurl, client_core::PathSegment(& screen_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_screen",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_screen`]

[`Client::v4_delete_screen`]: super::Client::v4_delete_screen*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteScreen<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteScreen -> (), crate::Error;
        req screen_id: ::std::string::String,
    }
    impl<'a> V4DeleteScreen<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, screen_id } = self;
            let screen_id = screen_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/screens/{}", client.baseurl, client_core::PathSegment(& screen_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_screen",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_get_screen_analytics`]

[`Client::v4_get_screen_analytics`]: super::Client::v4_get_screen_analytics*/
    #[derive(Debug, Clone)]
    pub struct V4GetScreenAnalytics<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetScreenAnalytics -> types::UndocumentedObject, crate::Error;
        req screen_id: ::std::string::String,
    }
    impl<'a> V4GetScreenAnalytics<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, screen_id } = self;
            let screen_id = screen_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/screens/{}/analytics", client.baseurl, client_core::PathSegment(&
                screen_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_screen_analytics",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_copy_screen`]

[`Client::v4_copy_screen`]: super::Client::v4_copy_screen*/
    #[derive(Debug, Clone)]
    pub struct V4CopyScreen<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4CopyScreen -> types::Screen, crate::Error;
        req screen_id: ::std::string::String,
    }
    impl<'a> V4CopyScreen<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Screen>, Error<types::ErrorResponse>> {
            let Self { client, screen_id } = self;
            let screen_id = screen_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/screens/{}/copy", client.baseurl, client_core::PathSegment(&
                screen_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_copy_screen",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_publish_screen`]

[`Client::v4_publish_screen`]: super::Client::v4_publish_screen*/
    #[derive(Debug, Clone)]
    pub struct V4PublishScreen<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4PublishScreen -> types::UndocumentedObject, crate::Error;
        req screen_id: ::std::string::String,
    }
    impl<'a> V4PublishScreen<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, screen_id } = self;
            let screen_id = screen_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/screens/{}/publish", client.baseurl, client_core::PathSegment(&
                screen_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_publish_screen",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_card`]

[`Client::v4_get_analytics_card`]: super::Client::v4_get_analytics_card*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsCard<'a> {
        client: &'a super::Client,
        card_code: Result<types::AnalyticsCardCode, String>,
        currency: Result<Option<::std::string::String>, String>,
        environment: Result<Option<types::Environment>, String>,
        from: Result<Option<i64>, String>,
        max_series: Result<Option<i64>, String>,
        segmentation: Result<Option<::std::string::String>, String>,
        to: Result<Option<i64>, String>,
        unit: Result<Option<types::AnalyticsUnit>, String>,
    }
    client_core::op_builder! {
        V4GetAnalyticsCard -> types::AnalyticsCardRows, crate::Error;
        req card_code: types::AnalyticsCardCode,
        opt currency: ::std::string::String,
        opt environment: types::Environment,
        opt from: i64,
        opt max_series: i64,
        opt segmentation: ::std::string::String,
        opt to: i64,
        opt unit: types::AnalyticsUnit,
    }
    impl<'a> V4GetAnalyticsCard<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::AnalyticsCardRows>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                card_code,
                currency,
                environment,
                from,
                max_series,
                segmentation,
                to,
                unit,
            } = self;
            let card_code = card_code.map_err(Error::InvalidRequest)?;
            let currency = currency.map_err(Error::InvalidRequest)?;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let max_series = max_series.map_err(Error::InvalidRequest)?;
            let segmentation = segmentation.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let unit = unit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/analytics/cards/{}", client.baseurl, client_core::PathSegment(&
                card_code),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("currency", &currency)
                .query_opt("environment", &environment)
                .query_opt("from", &from)
                .query_opt("max_series", &max_series)
                .query_opt("segmentation", &segmentation)
                .query_opt("to", &to)
                .query_opt("unit", &unit)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_card",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_chart`]

[`Client::v4_get_analytics_chart`]: super::Client::v4_get_analytics_chart*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsChart<'a> {
        client: &'a super::Client,
        chart_code: Result<types::AnalyticsChartCode, String>,
        currency: Result<Option<::std::string::String>, String>,
        environment: Result<Option<types::Environment>, String>,
        from: Result<Option<i64>, String>,
        max_series: Result<Option<i64>, String>,
        segmentation: Result<Option<::std::string::String>, String>,
        to: Result<Option<i64>, String>,
        unit: Result<Option<types::AnalyticsUnit>, String>,
    }
    client_core::op_builder! {
        V4GetAnalyticsChart -> types::AnalyticsChart, crate::Error;
        req chart_code: types::AnalyticsChartCode,
        opt currency: ::std::string::String,
        opt environment: types::Environment,
        opt from: i64,
        opt max_series: i64,
        opt segmentation: ::std::string::String,
        opt to: i64,
        opt unit: types::AnalyticsUnit,
    }
    impl<'a> V4GetAnalyticsChart<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::AnalyticsChart>, Error<types::ErrorResponse>> {
            let Self {
                client,
                chart_code,
                currency,
                environment,
                from,
                max_series,
                segmentation,
                to,
                unit,
            } = self;
            let chart_code = chart_code.map_err(Error::InvalidRequest)?;
            let currency = currency.map_err(Error::InvalidRequest)?;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let max_series = max_series.map_err(Error::InvalidRequest)?;
            let segmentation = segmentation.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let unit = unit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/analytics/charts/{}", client.baseurl, client_core::PathSegment(&
                chart_code),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("currency", &currency)
                .query_opt("environment", &environment)
                .query_opt("from", &from)
                .query_opt("max_series", &max_series)
                .query_opt("segmentation", &segmentation)
                .query_opt("to", &to)
                .query_opt("unit", &unit)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_chart",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_chart_meta`]

[`Client::v4_get_analytics_chart_meta`]: super::Client::v4_get_analytics_chart_meta*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsChartMeta<'a> {
        client: &'a super::Client,
        chart_code: Result<types::AnalyticsChartCode, String>,
    }
    client_core::op_builder! {
        V4GetAnalyticsChartMeta -> types::AnalyticsChartMeta, crate::Error;
        req chart_code: types::AnalyticsChartCode,
    }
    impl<'a> V4GetAnalyticsChartMeta<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::AnalyticsChartMeta>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, chart_code } = self;
            let chart_code = chart_code.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/analytics/charts/{}/meta", client.baseurl, client_core::PathSegment(&
                chart_code),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_chart_meta",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_cohorts`]

[`Client::v4_get_analytics_cohorts`]: super::Client::v4_get_analytics_cohorts*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsCohorts<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4GetAnalyticsCohorts -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4GetAnalyticsCohorts<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/analytics/cohorts", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_cohorts",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_cohorts_meta`]

[`Client::v4_get_analytics_cohorts_meta`]: super::Client::v4_get_analytics_cohorts_meta*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsCohortsMeta<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4GetAnalyticsCohortsMeta -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4GetAnalyticsCohortsMeta<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/analytics/cohorts/meta", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_cohorts_meta",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_currencies`]

[`Client::v4_get_analytics_currencies`]: super::Client::v4_get_analytics_currencies*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsCurrencies<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4GetAnalyticsCurrencies -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4GetAnalyticsCurrencies<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/analytics/currencies", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_currencies",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_insights`]

[`Client::v4_get_analytics_insights`]: super::Client::v4_get_analytics_insights*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsInsights<'a> {
        client: &'a super::Client,
        environment: Result<Option<types::Environment>, String>,
        force: Result<Option<bool>, String>,
        period: Result<Option<::std::num::NonZeroU64>, String>,
    }
    client_core::op_builder! {
        V4GetAnalyticsInsights -> types::AnalyticsInsights, crate::Error;
        opt environment: types::Environment,
        opt force: bool,
        opt period: ::std::num::NonZeroU64,
    }
    impl<'a> V4GetAnalyticsInsights<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::AnalyticsInsights>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, environment, force, period } = self;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let force = force.map_err(Error::InvalidRequest)?;
            let period = period.map_err(Error::InvalidRequest)?;
            let url = format!("{}/analytics/insights", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("environment", &environment)
                .query_opt("force", &force)
                .query_opt("period", &period)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_insights",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_ltv`]

[`Client::v4_get_analytics_ltv`]: super::Client::v4_get_analytics_ltv*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsLtv<'a> {
        client: &'a super::Client,
        currency: Result<Option<::std::string::String>, String>,
        environment: Result<Option<types::Environment>, String>,
    }
    client_core::op_builder! {
        V4GetAnalyticsLtv -> types::UndocumentedObject, crate::Error;
        opt currency: ::std::string::String,
        opt environment: types::Environment,
    }
    impl<'a> V4GetAnalyticsLtv<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, currency, environment } = self;
            let currency = currency.map_err(Error::InvalidRequest)?;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let url = format!("{}/analytics/ltv", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("currency", &currency)
                .query_opt("environment", &environment)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_ltv",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_ltv_meta`]

[`Client::v4_get_analytics_ltv_meta`]: super::Client::v4_get_analytics_ltv_meta*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsLtvMeta<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4GetAnalyticsLtvMeta -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4GetAnalyticsLtvMeta<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/analytics/ltv/meta", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_ltv_meta",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_ltv_trial_conversion`]

[`Client::v4_get_analytics_ltv_trial_conversion`]: super::Client::v4_get_analytics_ltv_trial_conversion*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsLtvTrialConversion<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4GetAnalyticsLtvTrialConversion -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4GetAnalyticsLtvTrialConversion<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/analytics/ltv/trial-conversion", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_analytics_ltv_trial_conversion",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_scheduled_report`]

[`Client::v4_create_scheduled_report`]: super::Client::v4_create_scheduled_report*/
    #[derive(Debug, Clone)]
    pub struct V4CreateScheduledReport<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ScheduledReportRequest, String>,
    }
    client_core::op_builder! {
        V4CreateScheduledReport -> types::ScheduledReport, crate::Error;
        built body: types::ScheduledReportRequest as types::builder::ScheduledReportRequest,
    }
    impl<'a> V4CreateScheduledReport<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ScheduledReport>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ScheduledReportRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/scheduled-reports", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_scheduled_report",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_scheduled_report_destinations`]

[`Client::v4_list_scheduled_report_destinations`]: super::Client::v4_list_scheduled_report_destinations*/
    #[derive(Debug, Clone)]
    pub struct V4ListScheduledReportDestinations<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4ListScheduledReportDestinations -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4ListScheduledReportDestinations<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/scheduled-reports/destinations", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_scheduled_report_destinations",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_update_scheduled_report`]

[`Client::v4_update_scheduled_report`]: super::Client::v4_update_scheduled_report*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateScheduledReport<'a> {
        client: &'a super::Client,
        report_id: Result<::std::string::String, String>,
        body: Result<types::builder::ScheduledReportRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateScheduledReport -> types::ScheduledReport, crate::Error;
        req report_id: ::std::string::String,
        built body: types::ScheduledReportRequest as types::builder::ScheduledReportRequest,
    }
    impl<'a> V4UpdateScheduledReport<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ScheduledReport>, Error<types::ErrorResponse>> {
            let Self { client, report_id, body } = self;
            let report_id = report_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ScheduledReportRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/scheduled-reports/{}", client.baseurl, client_core::PathSegment(&
                report_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_scheduled_report",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_send_test_scheduled_report`]

[`Client::v4_send_test_scheduled_report`]: super::Client::v4_send_test_scheduled_report*/
    #[derive(Debug, Clone)]
    pub struct V4SendTestScheduledReport<'a> {
        client: &'a super::Client,
        report_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4SendTestScheduledReport -> types::UndocumentedObject, crate::Error;
        req report_id: ::std::string::String,
    }
    impl<'a> V4SendTestScheduledReport<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, report_id } = self;
            let report_id = report_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/scheduled-reports/{}/send-test", client.baseurl,
                client_core::PathSegment(& report_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_send_test_scheduled_report",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_integrations`]

[`Client::v4_list_integrations`]: super::Client::v4_list_integrations*/
    #[derive(Debug, Clone)]
    pub struct V4ListIntegrations<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4ListIntegrations -> types::IntegrationList, crate::Error;
    }
    impl<'a> V4ListIntegrations<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::IntegrationList>, Error<types::ErrorResponse>> {
            let Self { client } = self;
            let url = format!("{}/integrations", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_integrations",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_integration`]

[`Client::v4_create_integration`]: super::Client::v4_create_integration*/
    #[derive(Debug, Clone)]
    pub struct V4CreateIntegration<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateIntegrationRequest, String>,
    }
    client_core::op_builder! {
        V4CreateIntegration -> types::Integration, crate::Error;
        opt idempotency_key: ::std::string::String,
        built body: types::CreateIntegrationRequest as types::builder::CreateIntegrationRequest,
    }
    impl<'a> V4CreateIntegration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Integration>, Error<types::ErrorResponse>> {
            let Self { client, idempotency_key, body } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateIntegrationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/integrations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            } else {
                header_map
                    .append(
                        "Idempotency-Key",
                        ::client_core::idempotency_key().try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_integration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_integrations_meta`]

[`Client::v4_get_integrations_meta`]: super::Client::v4_get_integrations_meta*/
    #[derive(Debug, Clone)]
    pub struct V4GetIntegrationsMeta<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4GetIntegrationsMeta -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4GetIntegrationsMeta<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/integrations/meta", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_integrations_meta",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_integration`]

[`Client::v4_delete_integration`]: super::Client::v4_delete_integration*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteIntegration<'a> {
        client: &'a super::Client,
        integration_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteIntegration -> (), crate::Error;
        req integration_id: ::std::string::String,
    }
    impl<'a> V4DeleteIntegration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, integration_id } = self;
            let integration_id = integration_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/integrations/{}", client.baseurl, client_core::PathSegment(&
                integration_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_integration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_update_integration_status`]

[`Client::v4_update_integration_status`]: super::Client::v4_update_integration_status*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateIntegrationStatus<'a> {
        client: &'a super::Client,
        integration_id: Result<::std::string::String, String>,
        body: Result<types::builder::IntegrationStatusRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateIntegrationStatus -> types::Integration, crate::Error;
        req integration_id: ::std::string::String,
        built body: types::IntegrationStatusRequest as types::builder::IntegrationStatusRequest,
    }
    impl<'a> V4UpdateIntegrationStatus<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Integration>, Error<types::ErrorResponse>> {
            let Self { client, integration_id, body } = self;
            let integration_id = integration_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::IntegrationStatusRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/integrations/{}/status", client.baseurl, client_core::PathSegment(&
                integration_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_integration_status",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_list_automations`]

[`Client::v4_list_automations`]: super::Client::v4_list_automations*/
    #[derive(Debug, Clone)]
    pub struct V4ListAutomations<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V4ListAutomations -> types::AutomationList, crate::Error;
        opt limit: ::std::num::NonZeroU64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> V4ListAutomations<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::AutomationList>, Error<types::ErrorResponse>> {
            let Self { client, limit, starting_after } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/automations", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_list_automations",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_create_automation`]

[`Client::v4_create_automation`]: super::Client::v4_create_automation*/
    #[derive(Debug, Clone)]
    pub struct V4CreateAutomation<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AutomationRequest, String>,
    }
    client_core::op_builder! {
        V4CreateAutomation -> types::Automation, crate::Error;
        built body: types::AutomationRequest as types::builder::AutomationRequest,
    }
    impl<'a> V4CreateAutomation<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Automation>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AutomationRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/automations", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_create_automation",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_automation`]

[`Client::v4_get_automation`]: super::Client::v4_get_automation*/
    #[derive(Debug, Clone)]
    pub struct V4GetAutomation<'a> {
        client: &'a super::Client,
        automation_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4GetAutomation -> types::Automation, crate::Error;
        req automation_id: ::std::string::String,
    }
    impl<'a> V4GetAutomation<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Automation>, Error<types::ErrorResponse>> {
            let Self { client, automation_id } = self;
            let automation_id = automation_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/automations/{}", client.baseurl, client_core::PathSegment(&
                automation_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_automation",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_replace_automation`]

[`Client::v4_replace_automation`]: super::Client::v4_replace_automation*/
    #[derive(Debug, Clone)]
    pub struct V4ReplaceAutomation<'a> {
        client: &'a super::Client,
        automation_id: Result<::std::string::String, String>,
        body: Result<types::builder::AutomationRequest, String>,
    }
    client_core::op_builder! {
        V4ReplaceAutomation -> types::Automation, crate::Error;
        req automation_id: ::std::string::String,
        built body: types::AutomationRequest as types::builder::AutomationRequest,
    }
    impl<'a> V4ReplaceAutomation<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Automation>, Error<types::ErrorResponse>> {
            let Self { client, automation_id, body } = self;
            let automation_id = automation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AutomationRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/automations/{}", client.baseurl, client_core::PathSegment(&
                automation_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_replace_automation",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_delete_automation`]

[`Client::v4_delete_automation`]: super::Client::v4_delete_automation*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteAutomation<'a> {
        client: &'a super::Client,
        automation_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        V4DeleteAutomation -> (), crate::Error;
        req automation_id: ::std::string::String,
    }
    impl<'a> V4DeleteAutomation<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, automation_id } = self;
            let automation_id = automation_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/automations/{}", client.baseurl, client_core::PathSegment(&
                automation_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_delete_automation",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_update_automation_status`]

[`Client::v4_update_automation_status`]: super::Client::v4_update_automation_status*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateAutomationStatus<'a> {
        client: &'a super::Client,
        automation_id: Result<::std::string::String, String>,
        body: Result<types::builder::AutomationStatusRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateAutomationStatus -> (), crate::Error;
        req automation_id: ::std::string::String,
        built body: types::AutomationStatusRequest as types::builder::AutomationStatusRequest,
    }
    impl<'a> V4UpdateAutomationStatus<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, automation_id, body } = self;
            let automation_id = automation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AutomationStatusRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/automations/{}/status", client.baseurl, client_core::PathSegment(&
                automation_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_automation_status",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::v4_get_project_settings`]

[`Client::v4_get_project_settings`]: super::Client::v4_get_project_settings*/
    #[derive(Debug, Clone)]
    pub struct V4GetProjectSettings<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4GetProjectSettings -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4GetProjectSettings<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/project-settings", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_project_settings",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_update_project_settings`]

[`Client::v4_update_project_settings`]: super::Client::v4_update_project_settings*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateProjectSettings<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UpdateProjectSettingsRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateProjectSettings -> types::UndocumentedObject, crate::Error;
        built body: types::UpdateProjectSettingsRequest as types::builder::UpdateProjectSettingsRequest,
    }
    impl<'a> V4UpdateProjectSettings<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UpdateProjectSettingsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/project-settings", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_project_settings",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_regenerate_project_secret`]

[`Client::v4_regenerate_project_secret`]: super::Client::v4_regenerate_project_secret*/
    #[derive(Debug, Clone)]
    pub struct V4RegenerateProjectSecret<'a> {
        client: &'a super::Client,
    }
    client_core::op_builder! {
        V4RegenerateProjectSecret -> types::UndocumentedObject, crate::Error;
    }
    impl<'a> V4RegenerateProjectSecret<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::UndocumentedObject>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/project-settings/regenerate-secret", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_regenerate_project_secret",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_get_store_config`]

[`Client::v4_get_store_config`]: super::Client::v4_get_store_config*/
    #[derive(Debug, Clone)]
    pub struct V4GetStoreConfig<'a> {
        client: &'a super::Client,
        platform: Result<types::StorePlatform, String>,
    }
    client_core::op_builder! {
        V4GetStoreConfig -> types::StoreConfig, crate::Error;
        req platform: types::StorePlatform,
    }
    impl<'a> V4GetStoreConfig<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::StoreConfig>, Error<types::ErrorResponse>> {
            let Self { client, platform } = self;
            let platform = platform.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/project-settings/stores/{}", client.baseurl,
                client_core::PathSegment(& platform),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_store_config",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v4_update_store_config`]

[`Client::v4_update_store_config`]: super::Client::v4_update_store_config*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateStoreConfig<'a> {
        client: &'a super::Client,
        platform: Result<types::StorePlatform, String>,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::StoreConfigRequest, String>,
    }
    client_core::op_builder! {
        V4UpdateStoreConfig -> types::StoreConfig, crate::Error;
        req platform: types::StorePlatform,
        opt idempotency_key: ::std::string::String,
        built body: types::StoreConfigRequest as types::builder::StoreConfigRequest,
    }
    impl<'a> V4UpdateStoreConfig<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::StoreConfig>, Error<types::ErrorResponse>> {
            let Self { client, platform, idempotency_key, body } = self;
            let platform = platform.map_err(Error::InvalidRequest)?;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::StoreConfigRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/project-settings/stores/{}", client.baseurl,
                client_core::PathSegment(& platform),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            } else {
                header_map
                    .append(
                        "Idempotency-Key",
                        ::client_core::idempotency_key().try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_update_store_config",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
}
/// Every request runs through the runtime: retries with backoff, `Retry-After`,
/// and the bookkeeping that lets errors report status and request id.
impl ClientHooks<client_core::Runtime> for Client {
    #[inline]
    fn exec<'s, 'i>(
        &'s self,
        request: reqwest::Request,
        info: &'i OperationInfo,
    ) -> impl ::std::future::Future<
        Output = reqwest::Result<reqwest::Response>,
    > + use<'s, 'i> {
        let span = client_core::trace::request_span(
            OPERATION_PATHS,
            info,
            request.method(),
        );
        client_core::trace::in_span(
            span,
            client_core::execute(self.inner(), &self.client, request, info),
        )
    }
}
/// The spec's path template of each operation, for the request span (a concrete
/// path may hold a secret): (operation id, method, template), sorted by id.
const OPERATION_PATHS: &[(&str, &str, &str)] = &[
    (
        "v4_attach_experiment_user",
        "POST",
        "/experiments/{experiment_id}/users/{user_id}",
    ),
    (
        "v4_attach_remote_configuration_user",
        "POST",
        "/remote-configurations/{config_id}/users/{user_id}",
    ),
    ("v4_change_experiment_status", "POST", "/experiments/{experiment_id}/status"),
    (
        "v4_change_remote_configuration_status",
        "PATCH",
        "/remote-configurations/{config_id}/status",
    ),
    ("v4_copy_screen", "POST", "/screens/{screen_id}/copy"),
    ("v4_create_automation", "POST", "/automations"),
    ("v4_create_experiment", "POST", "/experiments"),
    ("v4_create_experiment_group", "POST", "/experiments/{experiment_id}/groups"),
    ("v4_create_identity", "POST", "/identities"),
    ("v4_create_integration", "POST", "/integrations"),
    ("v4_create_offering", "POST", "/offerings"),
    ("v4_create_product", "POST", "/products"),
    ("v4_create_remote_configuration", "POST", "/remote-configurations"),
    ("v4_create_scheduled_report", "POST", "/scheduled-reports"),
    ("v4_create_screen", "POST", "/screens"),
    ("v4_create_segment", "POST", "/segments"),
    ("v4_create_user", "POST", "/users"),
    ("v4_delete_automation", "DELETE", "/automations/{automation_id}"),
    ("v4_delete_customer", "DELETE", "/customers/{customer_id}"),
    ("v4_delete_entitlement", "DELETE", "/entitlements/{entitlement_id}"),
    ("v4_delete_experiment", "DELETE", "/experiments/{experiment_id}"),
    (
        "v4_delete_experiment_group",
        "DELETE",
        "/experiments/{experiment_id}/groups/{group_id}",
    ),
    ("v4_delete_integration", "DELETE", "/integrations/{integration_id}"),
    ("v4_delete_offering", "DELETE", "/offerings/{offering_id}"),
    ("v4_delete_product", "DELETE", "/products/{product_id}"),
    ("v4_delete_remote_configuration", "DELETE", "/remote-configurations/{config_id}"),
    ("v4_delete_screen", "DELETE", "/screens/{screen_id}"),
    ("v4_delete_segment", "DELETE", "/segments/{segment_id}"),
    (
        "v4_detach_experiment_user",
        "DELETE",
        "/experiments/{experiment_id}/users/{user_id}",
    ),
    (
        "v4_detach_remote_configuration_user",
        "DELETE",
        "/remote-configurations/{config_id}/users/{user_id}",
    ),
    ("v4_get_analytics_card", "GET", "/analytics/cards/{card_code}"),
    ("v4_get_analytics_chart", "GET", "/analytics/charts/{chart_code}"),
    ("v4_get_analytics_chart_meta", "GET", "/analytics/charts/{chart_code}/meta"),
    ("v4_get_analytics_cohorts", "GET", "/analytics/cohorts"),
    ("v4_get_analytics_cohorts_meta", "GET", "/analytics/cohorts/meta"),
    ("v4_get_analytics_currencies", "GET", "/analytics/currencies"),
    ("v4_get_analytics_insights", "GET", "/analytics/insights"),
    ("v4_get_analytics_ltv", "GET", "/analytics/ltv"),
    ("v4_get_analytics_ltv_meta", "GET", "/analytics/ltv/meta"),
    ("v4_get_analytics_ltv_trial_conversion", "GET", "/analytics/ltv/trial-conversion"),
    ("v4_get_automation", "GET", "/automations/{automation_id}"),
    ("v4_get_customer", "GET", "/customers/{customer_id}"),
    ("v4_get_customer_metrics", "GET", "/customers/metrics"),
    ("v4_get_entitlement", "GET", "/entitlements/{entitlement_id}"),
    ("v4_get_experiment", "GET", "/experiments/{experiment_id}"),
    ("v4_get_experiments_summary", "GET", "/experiments/summary"),
    ("v4_get_identity", "GET", "/identities/{identity_id}"),
    ("v4_get_integrations_meta", "GET", "/integrations/meta"),
    ("v4_get_offering", "GET", "/offerings/{offering_id}"),
    ("v4_get_product", "GET", "/products/{product_id}"),
    ("v4_get_project_settings", "GET", "/project-settings"),
    ("v4_get_remote_configuration", "GET", "/remote-configurations/{config_id}"),
    (
        "v4_get_remote_configuration_payload_mapping",
        "GET",
        "/remote-configurations/{config_id}/payload-mapping",
    ),
    ("v4_get_screen", "GET", "/screens/{screen_id}"),
    ("v4_get_screen_analytics", "GET", "/screens/{screen_id}/analytics"),
    ("v4_get_screens_analytics_overview", "GET", "/screens/analytics/overview"),
    ("v4_get_segment", "GET", "/segments/{segment_id}"),
    ("v4_get_store_config", "GET", "/project-settings/stores/{platform}"),
    ("v4_get_user", "GET", "/users/{user_id}"),
    ("v4_grant_customer_permission", "POST", "/customers/{customer_id}/permissions"),
    ("v4_grant_user_entitlement", "POST", "/users/{user_id}/entitlements"),
    ("v4_list_automations", "GET", "/automations"),
    ("v4_list_customer_permissions", "GET", "/customers/{customer_id}/permissions"),
    ("v4_list_customers", "GET", "/customers"),
    ("v4_list_entitlements", "GET", "/entitlements"),
    ("v4_list_experiment_groups", "GET", "/experiments/{experiment_id}/groups"),
    ("v4_list_experiments", "GET", "/experiments"),
    ("v4_list_integrations", "GET", "/integrations"),
    ("v4_list_offerings", "GET", "/offerings"),
    ("v4_list_products", "GET", "/products"),
    ("v4_list_remote_configurations", "GET", "/remote-configurations"),
    ("v4_list_scheduled_report_destinations", "GET", "/scheduled-reports/destinations"),
    ("v4_list_screens", "GET", "/screens"),
    ("v4_list_segments", "GET", "/segments"),
    ("v4_list_system_segments", "GET", "/segments/system"),
    ("v4_list_user_entitlements", "GET", "/users/{user_id}/entitlements"),
    ("v4_list_user_properties", "GET", "/users/{user_id}/properties"),
    ("v4_list_user_purchases", "GET", "/users/{user_id}/purchases"),
    ("v4_publish_screen", "POST", "/screens/{screen_id}/publish"),
    ("v4_regenerate_project_secret", "POST", "/project-settings/regenerate-secret"),
    ("v4_replace_automation", "PUT", "/automations/{automation_id}"),
    ("v4_replace_remote_configuration", "PUT", "/remote-configurations/{config_id}"),
    (
        "v4_revoke_customer_permission",
        "DELETE",
        "/customers/{customer_id}/permissions/{permission_id}",
    ),
    (
        "v4_revoke_user_entitlement",
        "DELETE",
        "/users/{user_id}/entitlements/{entitlement_id}",
    ),
    (
        "v4_send_test_scheduled_report",
        "POST",
        "/scheduled-reports/{report_id}/send-test",
    ),
    ("v4_set_customer_properties", "POST", "/customers/{customer_id}/properties"),
    ("v4_set_main_offering", "POST", "/offerings/{offering_id}/set-main"),
    (
        "v4_set_remote_configuration_payload_mapping",
        "POST",
        "/remote-configurations/{config_id}/payload-mapping",
    ),
    ("v4_set_user_properties", "POST", "/users/{user_id}/properties"),
    ("v4_update_automation_status", "PATCH", "/automations/{automation_id}/status"),
    ("v4_update_entitlement", "PATCH", "/entitlements/{entitlement_id}"),
    ("v4_update_experiment", "PATCH", "/experiments/{experiment_id}"),
    (
        "v4_update_experiment_group",
        "PATCH",
        "/experiments/{experiment_id}/groups/{group_id}",
    ),
    ("v4_update_integration_status", "POST", "/integrations/{integration_id}/status"),
    ("v4_update_offering", "PATCH", "/offerings/{offering_id}"),
    ("v4_update_product", "PATCH", "/products/{product_id}"),
    ("v4_update_project_settings", "PATCH", "/project-settings"),
    ("v4_update_scheduled_report", "PUT", "/scheduled-reports/{report_id}"),
    ("v4_update_screen", "PUT", "/screens/{screen_id}"),
    ("v4_update_segment", "PUT", "/segments/{segment_id}"),
    ("v4_update_store_config", "POST", "/project-settings/stores/{platform}"),
];
