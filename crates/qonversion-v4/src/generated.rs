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
    impl AnalyticsCardRow {
        pub fn builder() -> builder::AnalyticsCardRow {
            Default::default()
        }
    }
    ///The rows of a card, one per sub-metric.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct AnalyticsCardRows(pub ::std::vec::Vec<AnalyticsCardRow>);
    impl ::std::ops::Deref for AnalyticsCardRows {
        type Target = ::std::vec::Vec<AnalyticsCardRow>;
        fn deref(&self) -> &::std::vec::Vec<AnalyticsCardRow> {
            &self.0
        }
    }
    impl ::std::convert::From<AnalyticsCardRows> for ::std::vec::Vec<AnalyticsCardRow> {
        fn from(value: AnalyticsCardRows) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<AnalyticsCardRow>> for AnalyticsCardRows {
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
    impl AnalyticsChart {
        pub fn builder() -> builder::AnalyticsChart {
            Default::default()
        }
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
    impl AnalyticsChartMeta {
        pub fn builder() -> builder::AnalyticsChartMeta {
            Default::default()
        }
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
    impl AnalyticsInsights {
        pub fn builder() -> builder::AnalyticsInsights {
            Default::default()
        }
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
    impl AnalyticsPoint {
        pub fn builder() -> builder::AnalyticsPoint {
            Default::default()
        }
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
    impl AnalyticsSeries {
        pub fn builder() -> builder::AnalyticsSeries {
            Default::default()
        }
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
        pub group_id: AttachExperimentUserRequestGroupId,
    }
    impl AttachExperimentUserRequest {
        pub fn builder() -> builder::AttachExperimentUserRequest {
            Default::default()
        }
    }
    ///The experiment group (at most 256 characters of `^[a-zA-Z0-9._-]+$`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AttachExperimentUserRequestGroupId(::std::string::String);
    client_core::string_newtype!(
        AttachExperimentUserRequestGroupId, self::error::ConversionError
    );
    impl ::std::str::FromStr for AttachExperimentUserRequestGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9._-]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9._-]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
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
    impl Automation {
        pub fn builder() -> builder::Automation {
            Default::default()
        }
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
    impl AutomationActions {
        pub fn builder() -> builder::AutomationActions {
            Default::default()
        }
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
    impl AutomationData {
        pub fn builder() -> builder::AutomationData {
            Default::default()
        }
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
    impl AutomationInitiator {
        pub fn builder() -> builder::AutomationInitiator {
            Default::default()
        }
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
    impl AutomationList {
        pub fn builder() -> builder::AutomationList {
            Default::default()
        }
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
        pub caption: ::std::option::Option<AutomationRequestCaption>,
        pub data: AutomationData,
        ///Its name (1 to 255 characters).
        pub name: AutomationRequestName,
        pub status: AutomationStatus,
    }
    impl AutomationRequest {
        pub fn builder() -> builder::AutomationRequest {
            Default::default()
        }
    }
    ///What it does (at most 1024 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AutomationRequestCaption(::std::string::String);
    client_core::string_newtype!(AutomationRequestCaption, self::error::ConversionError);
    impl ::std::str::FromStr for AutomationRequestCaption {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///Its name (1 to 255 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AutomationRequestName(::std::string::String);
    client_core::string_newtype!(AutomationRequestName, self::error::ConversionError);
    impl ::std::str::FromStr for AutomationRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
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
    impl AutomationStatusRequest {
        pub fn builder() -> builder::AutomationStatusRequest {
            Default::default()
        }
    }
    ///The new status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChangeExperimentStatusRequest {
        pub status: ExperimentStatus,
    }
    impl ChangeExperimentStatusRequest {
        pub fn builder() -> builder::ChangeExperimentStatusRequest {
            Default::default()
        }
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
    impl CreateExperimentGroupRequest {
        pub fn builder() -> builder::CreateExperimentGroupRequest {
            Default::default()
        }
    }
    ///The experiment to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateExperimentRequest {
        ///Its stable id (letters, digits, `-`, `_`, `.`; at most 256 characters).
        pub alias_id: CreateExperimentRequestAliasId,
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
    impl CreateExperimentRequest {
        pub fn builder() -> builder::CreateExperimentRequest {
            Default::default()
        }
    }
    ///Its stable id (letters, digits, `-`, `_`, `.`; at most 256 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateExperimentRequestAliasId(::std::string::String);
    client_core::string_newtype!(
        CreateExperimentRequestAliasId, self::error::ConversionError
    );
    impl ::std::str::FromStr for CreateExperimentRequestAliasId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9._-]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9._-]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///The body of an identity link.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateIdentityRequest {
        ///The external id to link; an id already linked is refused with 409.
        pub identity_id: CreateIdentityRequestIdentityId,
        ///The Qonversion user to link; without it a new anonymous user is created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<CreateIdentityRequestUserId>,
    }
    impl CreateIdentityRequest {
        pub fn builder() -> builder::CreateIdentityRequest {
            Default::default()
        }
    }
    ///The external id to link; an id already linked is refused with 409.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateIdentityRequestIdentityId(::std::string::String);
    client_core::string_newtype!(
        CreateIdentityRequestIdentityId, self::error::ConversionError
    );
    impl ::std::str::FromStr for CreateIdentityRequestIdentityId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9._-]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9._-]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///The Qonversion user to link; without it a new anonymous user is created.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateIdentityRequestUserId(::std::string::String);
    client_core::string_newtype!(
        CreateIdentityRequestUserId, self::error::ConversionError
    );
    impl ::std::str::FromStr for CreateIdentityRequestUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9._-]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9._-]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
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
        pub title: CreateIntegrationRequestTitle,
    }
    impl CreateIntegrationRequest {
        pub fn builder() -> builder::CreateIntegrationRequest {
            Default::default()
        }
    }
    ///The title shown in the dashboard (1 to 255 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateIntegrationRequestTitle(::std::string::String);
    client_core::string_newtype!(
        CreateIntegrationRequestTitle, self::error::ConversionError
    );
    impl ::std::str::FromStr for CreateIntegrationRequestTitle {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///The offering to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateOfferingRequest {
        ///The offering's id (1 to 64 characters; cannot change later).
        pub id: CreateOfferingRequestId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_ids: ::std::option::Option<OfferingProductIds>,
        ///Only 0 or null are accepted on create; 1 is refused with 400 `cannot_set_main_directly`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag: ::std::option::Option<i16>,
    }
    impl CreateOfferingRequest {
        pub fn builder() -> builder::CreateOfferingRequest {
            Default::default()
        }
    }
    ///The offering's id (1 to 64 characters; cannot change later).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateOfferingRequestId(::std::string::String);
    client_core::string_newtype!(CreateOfferingRequestId, self::error::ConversionError);
    impl ::std::str::FromStr for CreateOfferingRequestId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9._:\\- ]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9._:\\- ]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
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
        pub id: CreateProductRequestId,
        ///The Stripe product id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe_product_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<ProductType>,
    }
    impl CreateProductRequest {
        pub fn builder() -> builder::CreateProductRequest {
            Default::default()
        }
    }
    ///The product's id (letters, digits, `-`, `_`, `.`; at most 255 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateProductRequestId(::std::string::String);
    client_core::string_newtype!(CreateProductRequestId, self::error::ConversionError);
    impl ::std::str::FromStr for CreateProductRequestId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9._-]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9._-]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///A segment's name and rules.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateSegmentRequest {
        ///The rules, all of which must hold; leave out for a segment without rules.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub conditions: ::std::vec::Vec<SegmentConditionInput>,
        ///The segment's name (at most 256 characters).
        pub name: CreateSegmentRequestName,
    }
    impl CreateSegmentRequest {
        pub fn builder() -> builder::CreateSegmentRequest {
            Default::default()
        }
    }
    ///The segment's name (at most 256 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateSegmentRequestName(::std::string::String);
    client_core::string_newtype!(CreateSegmentRequestName, self::error::ConversionError);
    impl ::std::str::FromStr for CreateSegmentRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///The body of a user create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateUserRequest {
        pub environment: UserEnvironment,
    }
    impl CreateUserRequest {
        pub fn builder() -> builder::CreateUserRequest {
            Default::default()
        }
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
    impl CustomerData {
        pub fn builder() -> builder::CustomerData {
            Default::default()
        }
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
    impl CustomerList {
        pub fn builder() -> builder::CustomerList {
            Default::default()
        }
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
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<CustomerListItem>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: CustomerListItem) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for CustomerListItem {
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
    impl CustomerMetrics {
        pub fn builder() -> builder::CustomerMetrics {
            Default::default()
        }
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
    impl CustomerPermission {
        pub fn builder() -> builder::CustomerPermission {
            Default::default()
        }
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
    impl CustomerPermissionGrant {
        pub fn builder() -> builder::CustomerPermissionGrant {
            Default::default()
        }
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
    impl CustomerPermissionList {
        pub fn builder() -> builder::CustomerPermissionList {
            Default::default()
        }
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
    impl CustomerPropertiesData {
        pub fn builder() -> builder::CustomerPropertiesData {
            Default::default()
        }
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
    impl CustomerPropertiesResult {
        pub fn builder() -> builder::CustomerPropertiesResult {
            Default::default()
        }
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
    impl CustomerRecord {
        pub fn builder() -> builder::CustomerRecord {
            Default::default()
        }
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
    impl CustomerResponse {
        pub fn builder() -> builder::CustomerResponse {
            Default::default()
        }
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
    impl Device {
        pub fn builder() -> builder::Device {
            Default::default()
        }
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
    impl Entitlement {
        pub fn builder() -> builder::Entitlement {
            Default::default()
        }
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
    impl EntitlementList {
        pub fn builder() -> builder::EntitlementList {
            Default::default()
        }
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
    impl EntitlementProduct {
        pub fn builder() -> builder::EntitlementProduct {
            Default::default()
        }
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
    impl EntitlementSubscription {
        pub fn builder() -> builder::EntitlementSubscription {
            Default::default()
        }
    }
    ///An environment as a number; 0 is sandbox, 1 production.
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct Environment(i64);
    impl ::std::ops::Deref for Environment {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<Environment> for i64 {
        fn from(value: Environment) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for Environment {
        type Error = self::error::ConversionError;
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
    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
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
    impl ErrorObject {
        pub fn builder() -> builder::ErrorObject {
            Default::default()
        }
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
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
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
    impl Experiment {
        pub fn builder() -> builder::Experiment {
            Default::default()
        }
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
    impl ExperimentGroup {
        pub fn builder() -> builder::ExperimentGroup {
            Default::default()
        }
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
    impl ExperimentGroupList {
        pub fn builder() -> builder::ExperimentGroupList {
            Default::default()
        }
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
    impl ExperimentList {
        pub fn builder() -> builder::ExperimentList {
            Default::default()
        }
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
    impl GrantEntitlementRequest {
        pub fn builder() -> builder::GrantEntitlementRequest {
            Default::default()
        }
    }
    ///The permission to grant.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct GrantPermissionRequest {
        ///When it ends (RFC 3339); leave it out for a permission that does not expire.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The permission (letters, digits, `-`, `_` or `.`; at most 256 characters).
        pub permission_id: GrantPermissionRequestPermissionId,
    }
    impl GrantPermissionRequest {
        pub fn builder() -> builder::GrantPermissionRequest {
            Default::default()
        }
    }
    ///The permission (letters, digits, `-`, `_` or `.`; at most 256 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GrantPermissionRequestPermissionId(::std::string::String);
    client_core::string_newtype!(
        GrantPermissionRequestPermissionId, self::error::ConversionError
    );
    impl ::std::str::FromStr for GrantPermissionRequestPermissionId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
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
    impl Identity {
        pub fn builder() -> builder::Identity {
            Default::default()
        }
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
    impl Integration {
        pub fn builder() -> builder::Integration {
            Default::default()
        }
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
    impl IntegrationList {
        pub fn builder() -> builder::IntegrationList {
            Default::default()
        }
    }
    ///A state a caller may set (0 paused, 1 active).
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct IntegrationSettableState(i64);
    impl ::std::ops::Deref for IntegrationSettableState {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<IntegrationSettableState> for i64 {
        fn from(value: IntegrationSettableState) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for IntegrationSettableState {
        type Error = self::error::ConversionError;
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
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<IntegrationState> for i64 {
        fn from(value: IntegrationState) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for IntegrationState {
        type Error = self::error::ConversionError;
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
    impl IntegrationStatusRequest {
        pub fn builder() -> builder::IntegrationStatusRequest {
            Default::default()
        }
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
    impl KeyValue {
        pub fn builder() -> builder::KeyValue {
            Default::default()
        }
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
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Number(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<f64> for MetricValue {
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
    impl Offering {
        pub fn builder() -> builder::Offering {
            Default::default()
        }
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
    impl OfferingList {
        pub fn builder() -> builder::OfferingList {
            Default::default()
        }
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
    pub struct OfferingProductIds(pub ::std::vec::Vec<OfferingProductIdsItem>);
    impl ::std::ops::Deref for OfferingProductIds {
        type Target = ::std::vec::Vec<OfferingProductIdsItem>;
        fn deref(&self) -> &::std::vec::Vec<OfferingProductIdsItem> {
            &self.0
        }
    }
    impl ::std::convert::From<OfferingProductIds>
    for ::std::vec::Vec<OfferingProductIdsItem> {
        fn from(value: OfferingProductIds) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<OfferingProductIdsItem>>
    for OfferingProductIds {
        fn from(value: ::std::vec::Vec<OfferingProductIdsItem>) -> Self {
            Self(value)
        }
    }
    ///`OfferingProductIdsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OfferingProductIdsItem(::std::string::String);
    client_core::string_newtype!(OfferingProductIdsItem, self::error::ConversionError);
    impl ::std::str::FromStr for OfferingProductIdsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9._:\\- ]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9._:\\- ]+$\"".into());
            }
            Ok(Self(value.to_string()))
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
    impl Product {
        pub fn builder() -> builder::Product {
            Default::default()
        }
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
    impl ProductList {
        pub fn builder() -> builder::ProductList {
            Default::default()
        }
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
    impl PropertyError {
        pub fn builder() -> builder::PropertyError {
            Default::default()
        }
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
    impl PropertyInput {
        pub fn builder() -> builder::PropertyInput {
            Default::default()
        }
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
    impl Purchase {
        pub fn builder() -> builder::Purchase {
            Default::default()
        }
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
    impl PurchaseList {
        pub fn builder() -> builder::PurchaseList {
            Default::default()
        }
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
    impl RemoteConfigurationList {
        pub fn builder() -> builder::RemoteConfigurationList {
            Default::default()
        }
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
    impl ReportDestination {
        pub fn builder() -> builder::ReportDestination {
            Default::default()
        }
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
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<ReportRangeDays> for i64 {
        fn from(value: ReportRangeDays) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for ReportRangeDays {
        type Error = self::error::ConversionError;
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
    impl SavedProperty {
        pub fn builder() -> builder::SavedProperty {
            Default::default()
        }
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
    impl ScheduledReport {
        pub fn builder() -> builder::ScheduledReport {
            Default::default()
        }
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
        pub report_name: ScheduledReportRequestReportName,
        ///The UTC time of day, `HH:MM` on a half hour from `00:00` to `23:30`.
        pub send_at: ScheduledReportRequestSendAt,
        pub status: ReportStatus,
    }
    impl ScheduledReportRequest {
        pub fn builder() -> builder::ScheduledReportRequest {
            Default::default()
        }
    }
    ///Its name (1 to 255 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ScheduledReportRequestReportName(::std::string::String);
    client_core::string_newtype!(
        ScheduledReportRequestReportName, self::error::ConversionError
    );
    impl ::std::str::FromStr for ScheduledReportRequestReportName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///The UTC time of day, `HH:MM` on a half hour from `00:00` to `23:30`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ScheduledReportRequestSendAt(::std::string::String);
    client_core::string_newtype!(
        ScheduledReportRequestSendAt, self::error::ConversionError
    );
    impl ::std::str::FromStr for ScheduledReportRequestSendAt {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^([01][0-9]|2[0-3]):(00|30)$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^([01][0-9]|2[0-3]):(00|30)$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
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
    impl Screen {
        pub fn builder() -> builder::Screen {
            Default::default()
        }
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
    impl ScreenList {
        pub fn builder() -> builder::ScreenList {
            Default::default()
        }
    }
    ///A screen's name.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ScreenNameRequest {
        ///The name (1 to 256 characters).
        pub name: ScreenNameRequestName,
    }
    impl ScreenNameRequest {
        pub fn builder() -> builder::ScreenNameRequest {
            Default::default()
        }
    }
    ///The name (1 to 256 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ScreenNameRequestName(::std::string::String);
    client_core::string_newtype!(ScreenNameRequestName, self::error::ConversionError);
    impl ::std::str::FromStr for ScreenNameRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
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
    impl Segment {
        pub fn builder() -> builder::Segment {
            Default::default()
        }
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
    impl SegmentCondition {
        pub fn builder() -> builder::SegmentCondition {
            Default::default()
        }
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
    impl SegmentConditionInput {
        pub fn builder() -> builder::SegmentConditionInput {
            Default::default()
        }
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
    impl SegmentList {
        pub fn builder() -> builder::SegmentList {
            Default::default()
        }
    }
    ///The properties to set, 1 to 100 per request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SetPropertiesRequest {
        ///The properties (1 to 100).
        pub properties: ::std::vec::Vec<PropertyInput>,
    }
    impl SetPropertiesRequest {
        pub fn builder() -> builder::SetPropertiesRequest {
            Default::default()
        }
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
    impl StoreConfig {
        pub fn builder() -> builder::StoreConfig {
            Default::default()
        }
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
    impl StoreConfigRequest {
        pub fn builder() -> builder::StoreConfigRequest {
            Default::default()
        }
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
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<StoreData>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: StoreData) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for StoreData {
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
    impl TrackEvent {
        pub fn builder() -> builder::TrackEvent {
            Default::default()
        }
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
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<UndocumentedBody>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: UndocumentedBody) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for UndocumentedBody {
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
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<UndocumentedObject>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: UndocumentedObject) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for UndocumentedObject {
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
    impl UpdateEntitlementRequest {
        pub fn builder() -> builder::UpdateEntitlementRequest {
            Default::default()
        }
    }
    ///The fields to change; all optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateExperimentRequest {
        ///Its stable id (at most 64 characters here).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alias_id: ::std::option::Option<UpdateExperimentRequestAliasId>,
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
    impl UpdateExperimentRequest {
        pub fn builder() -> builder::UpdateExperimentRequest {
            Default::default()
        }
    }
    ///Its stable id (at most 64 characters here).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateExperimentRequestAliasId(::std::string::String);
    client_core::string_newtype!(
        UpdateExperimentRequestAliasId, self::error::ConversionError
    );
    impl ::std::str::FromStr for UpdateExperimentRequestAliasId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9._-]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9._-]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///The fields to change (`tag` is read-only here).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateOfferingRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_ids: ::std::option::Option<OfferingProductIds>,
    }
    impl UpdateOfferingRequest {
        pub fn builder() -> builder::UpdateOfferingRequest {
            Default::default()
        }
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
    impl UpdateProjectSettingsRequest {
        pub fn builder() -> builder::UpdateProjectSettingsRequest {
            Default::default()
        }
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
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
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
    impl UserEntitlement {
        pub fn builder() -> builder::UserEntitlement {
            Default::default()
        }
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
    impl UserEntitlementList {
        pub fn builder() -> builder::UserEntitlementList {
            Default::default()
        }
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
    impl UserPropertiesSetResult {
        pub fn builder() -> builder::UserPropertiesSetResult {
            Default::default()
        }
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
    impl UserProperty {
        pub fn builder() -> builder::UserProperty {
            Default::default()
        }
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
    impl UserPropertyList {
        pub fn builder() -> builder::UserPropertyList {
            Default::default()
        }
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
    ///`V4GetAnalyticsCardCurrency`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct V4GetAnalyticsCardCurrency(::std::string::String);
    client_core::string_newtype!(
        V4GetAnalyticsCardCurrency, self::error::ConversionError
    );
    impl ::std::default::Default for V4GetAnalyticsCardCurrency {
        fn default() -> Self {
            V4GetAnalyticsCardCurrency("USD".to_string())
        }
    }
    impl ::std::str::FromStr for V4GetAnalyticsCardCurrency {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///`V4GetAnalyticsChartCurrency`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct V4GetAnalyticsChartCurrency(::std::string::String);
    client_core::string_newtype!(
        V4GetAnalyticsChartCurrency, self::error::ConversionError
    );
    impl ::std::default::Default for V4GetAnalyticsChartCurrency {
        fn default() -> Self {
            V4GetAnalyticsChartCurrency("USD".to_string())
        }
    }
    impl ::std::str::FromStr for V4GetAnalyticsChartCurrency {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///`V4GetAnalyticsLtvCurrency`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct V4GetAnalyticsLtvCurrency(::std::string::String);
    client_core::string_newtype!(
        V4GetAnalyticsLtvCurrency, self::error::ConversionError
    );
    impl ::std::default::Default for V4GetAnalyticsLtvCurrency {
        fn default() -> Self {
            V4GetAnalyticsLtvCurrency("USD".to_string())
        }
    }
    impl ::std::str::FromStr for V4GetAnalyticsLtvCurrency {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///`V4ListAutomationsStartingAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct V4ListAutomationsStartingAfter(::std::string::String);
    client_core::string_newtype!(
        V4ListAutomationsStartingAfter, self::error::ConversionError
    );
    impl ::std::str::FromStr for V4ListAutomationsStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///`V4ListOfferingsStartingAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct V4ListOfferingsStartingAfter(::std::string::String);
    client_core::string_newtype!(
        V4ListOfferingsStartingAfter, self::error::ConversionError
    );
    impl ::std::str::FromStr for V4ListOfferingsStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9._:\\- ]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9._:\\- ]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///`V4ListScreensStartingAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct V4ListScreensStartingAfter(::std::string::String);
    client_core::string_newtype!(
        V4ListScreensStartingAfter, self::error::ConversionError
    );
    impl ::std::str::FromStr for V4ListScreensStartingAfter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AnalyticsCardRow {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            value_prev: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnalyticsCardRow {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    value: Ok(Default::default()),
                    value_prev: Ok(Default::default()),
                }
            }
        }
        impl AnalyticsCardRow {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.value = Ok(value.into_option());
                self
            }
            pub fn value_prev<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.value_prev = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<AnalyticsCardRow> for super::AnalyticsCardRow {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnalyticsCardRow,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AnalyticsCardRow",
                    &[
                        value.code.as_ref().err(),
                        value.value.as_ref().err(),
                        value.value_prev.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    code: value.code?,
                    value: value.value?,
                    value_prev: value.value_prev?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnalyticsChart {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            from: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            max_series: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            measure: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            series: ::std::result::Result<
                ::std::vec::Vec<super::AnalyticsSeries>,
                ::std::string::String,
            >,
            series_relation: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            total_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            unit: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnalyticsChart {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    from: Ok(Default::default()),
                    max_series: Ok(Default::default()),
                    measure: Ok(Default::default()),
                    object: Ok(Default::default()),
                    series: Ok(Default::default()),
                    series_relation: Ok(Default::default()),
                    to: Ok(Default::default()),
                    total_type: Ok(Default::default()),
                    unit: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl AnalyticsChart {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.code = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.environment = Ok(value.into_option());
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.from = Ok(value.into_option());
                self
            }
            pub fn max_series<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.max_series = Ok(value.into_option());
                self
            }
            pub fn measure<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.measure = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.object = Ok(value.into_option());
                self
            }
            pub fn series<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AnalyticsSeries>>,
                T::Error: ::std::fmt::Display,
            {
                self.series = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for series: {e}")
                    });
                self
            }
            pub fn series_relation<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.series_relation = Ok(value.into_option());
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.to = Ok(value.into_option());
                self
            }
            pub fn total_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.total_type = Ok(value.into_option());
                self
            }
            pub fn unit<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.unit = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.url = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<AnalyticsChart> for super::AnalyticsChart {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnalyticsChart,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AnalyticsChart",
                    &[
                        value.code.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.environment.as_ref().err(),
                        value.from.as_ref().err(),
                        value.max_series.as_ref().err(),
                        value.measure.as_ref().err(),
                        value.object.as_ref().err(),
                        value.series.as_ref().err(),
                        value.series_relation.as_ref().err(),
                        value.to.as_ref().err(),
                        value.total_type.as_ref().err(),
                        value.unit.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    code: value.code?,
                    currency: value.currency?,
                    environment: value.environment?,
                    from: value.from?,
                    max_series: value.max_series?,
                    measure: value.measure?,
                    object: value.object?,
                    series: value.series?,
                    series_relation: value.series_relation?,
                    to: value.to?,
                    total_type: value.total_type?,
                    unit: value.unit?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnalyticsChartMeta {
            availability_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            doc_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            filter_conditions: ::std::result::Result<
                ::std::vec::Vec<super::UndocumentedObject>,
                ::std::string::String,
            >,
            is_available: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            segmentations: ::std::result::Result<
                ::std::vec::Vec<super::UndocumentedObject>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_default: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            types: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            units_available: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnalyticsChartMeta {
            fn default() -> Self {
                Self {
                    availability_message: Ok(Default::default()),
                    code: Ok(Default::default()),
                    description: Ok(Default::default()),
                    doc_url: Ok(Default::default()),
                    filter_conditions: Ok(Default::default()),
                    is_available: Ok(Default::default()),
                    object: Ok(Default::default()),
                    segmentations: Ok(Default::default()),
                    title: Ok(Default::default()),
                    type_default: Ok(Default::default()),
                    types: Ok(Default::default()),
                    units_available: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl AnalyticsChartMeta {
            pub fn availability_message<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.availability_message = Ok(value.into_option());
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.code = Ok(value.into_option());
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.description = Ok(value.into_option());
                self
            }
            pub fn doc_url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.doc_url = Ok(value.into_option());
                self
            }
            pub fn filter_conditions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UndocumentedObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.filter_conditions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for filter_conditions: {e}"
                        )
                    });
                self
            }
            pub fn is_available<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_available = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.object = Ok(value.into_option());
                self
            }
            pub fn segmentations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UndocumentedObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.segmentations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for segmentations: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.title = Ok(value.into_option());
                self
            }
            pub fn type_default<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.type_default = Ok(value.into_option());
                self
            }
            pub fn types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for types: {e}")
                    });
                self
            }
            pub fn units_available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.units_available = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for units_available: {e}"
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.url = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<AnalyticsChartMeta> for super::AnalyticsChartMeta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnalyticsChartMeta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AnalyticsChartMeta",
                    &[
                        value.availability_message.as_ref().err(),
                        value.code.as_ref().err(),
                        value.description.as_ref().err(),
                        value.doc_url.as_ref().err(),
                        value.filter_conditions.as_ref().err(),
                        value.is_available.as_ref().err(),
                        value.object.as_ref().err(),
                        value.segmentations.as_ref().err(),
                        value.title.as_ref().err(),
                        value.type_default.as_ref().err(),
                        value.types.as_ref().err(),
                        value.units_available.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    availability_message: value.availability_message?,
                    code: value.code?,
                    description: value.description?,
                    doc_url: value.doc_url?,
                    filter_conditions: value.filter_conditions?,
                    is_available: value.is_available?,
                    object: value.object?,
                    segmentations: value.segmentations?,
                    title: value.title?,
                    type_default: value.type_default?,
                    types: value.types?,
                    units_available: value.units_available?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnalyticsInsights {
            insights: ::std::result::Result<
                ::std::vec::Vec<super::UndocumentedObject>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnalyticsInsights {
            fn default() -> Self {
                Self {
                    insights: Ok(Default::default()),
                    object: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AnalyticsInsights {
            pub fn insights<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UndocumentedObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.insights = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for insights: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.object = Ok(value.into_option());
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnalyticsInsights> for super::AnalyticsInsights {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnalyticsInsights,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AnalyticsInsights",
                    &[
                        value.insights.as_ref().err(),
                        value.object.as_ref().err(),
                        value.extra.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    insights: value.insights?,
                    object: value.object?,
                    extra: value.extra?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnalyticsPoint {
            start_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnalyticsPoint {
            fn default() -> Self {
                Self {
                    start_time: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl AnalyticsPoint {
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.start_time = Ok(value.into_option());
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.value = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<AnalyticsPoint> for super::AnalyticsPoint {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnalyticsPoint,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AnalyticsPoint",
                    &[value.start_time.as_ref().err(), value.value.as_ref().err()],
                )?;
                Ok(Self {
                    start_time: value.start_time?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnalyticsSeries {
            data: ::std::result::Result<
                ::std::vec::Vec<super::AnalyticsPoint>,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            total_prev: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnalyticsSeries {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    label: Ok(Default::default()),
                    total: Ok(Default::default()),
                    total_prev: Ok(Default::default()),
                }
            }
        }
        impl AnalyticsSeries {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AnalyticsPoint>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.label = Ok(value.into_option());
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.total = Ok(value.into_option());
                self
            }
            pub fn total_prev<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.total_prev = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<AnalyticsSeries> for super::AnalyticsSeries {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnalyticsSeries,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AnalyticsSeries",
                    &[
                        value.data.as_ref().err(),
                        value.label.as_ref().err(),
                        value.total.as_ref().err(),
                        value.total_prev.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    label: value.label?,
                    total: value.total?,
                    total_prev: value.total_prev?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AttachExperimentUserRequest {
            group_id: ::std::result::Result<
                super::AttachExperimentUserRequestGroupId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AttachExperimentUserRequest {
            fn default() -> Self {
                Self {
                    group_id: Err("no value supplied for group_id".to_string()),
                }
            }
        }
        impl AttachExperimentUserRequest {
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AttachExperimentUserRequestGroupId>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AttachExperimentUserRequest>
        for super::AttachExperimentUserRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttachExperimentUserRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AttachExperimentUserRequest",
                    &[value.group_id.as_ref().err()],
                )?;
                Ok(Self { group_id: value.group_id? })
            }
        }
        impl ::std::convert::From<super::AttachExperimentUserRequest>
        for AttachExperimentUserRequest {
            fn from(value: super::AttachExperimentUserRequest) -> Self {
                Self {
                    group_id: Ok(value.group_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Automation {
            caption: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<super::AutomationData, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::AutomationObject,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::AutomationStatus,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Automation {
            fn default() -> Self {
                Self {
                    caption: Ok(Default::default()),
                    data: Err("no value supplied for data".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Automation {
            pub fn caption<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.caption = Ok(value.into_option());
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AutomationData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AutomationObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AutomationStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Automation> for super::Automation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Automation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Automation",
                    &[
                        value.caption.as_ref().err(),
                        value.data.as_ref().err(),
                        value.id.as_ref().err(),
                        value.name.as_ref().err(),
                        value.object.as_ref().err(),
                        value.status.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    caption: value.caption?,
                    data: value.data?,
                    id: value.id?,
                    name: value.name?,
                    object: value.object?,
                    status: value.status?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AutomationActions {
            push: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            screen: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AutomationActions {
            fn default() -> Self {
                Self {
                    push: Ok(Default::default()),
                    screen: Ok(Default::default()),
                }
            }
        }
        impl AutomationActions {
            pub fn push<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.push = Ok(value.into_option());
                self
            }
            pub fn screen<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.screen = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<AutomationActions> for super::AutomationActions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AutomationActions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AutomationActions",
                    &[value.push.as_ref().err(), value.screen.as_ref().err()],
                )?;
                Ok(Self {
                    push: value.push?,
                    screen: value.screen?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AutomationData {
            actions: ::std::result::Result<
                ::std::option::Option<super::AutomationActions>,
                ::std::string::String,
            >,
            initiators: ::std::result::Result<
                ::std::vec::Vec<super::AutomationInitiator>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            segments: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AutomationData {
            fn default() -> Self {
                Self {
                    actions: Ok(Default::default()),
                    initiators: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    segments: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AutomationData {
            pub fn actions<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::AutomationActions>,
            {
                self.actions = Ok(value.into_option());
                self
            }
            pub fn initiators<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AutomationInitiator>>,
                T::Error: ::std::fmt::Display,
            {
                self.initiators = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for initiators: {e}")
                    });
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.platform = Ok(value.into_option());
                self
            }
            pub fn segments<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.segments = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.type_ = Ok(value.into_option());
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AutomationData> for super::AutomationData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AutomationData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AutomationData",
                    &[
                        value.actions.as_ref().err(),
                        value.initiators.as_ref().err(),
                        value.platform.as_ref().err(),
                        value.segments.as_ref().err(),
                        value.type_.as_ref().err(),
                        value.extra.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    actions: value.actions?,
                    initiators: value.initiators?,
                    platform: value.platform?,
                    segments: value.segments?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AutomationInitiator {
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AutomationInitiator {
            fn default() -> Self {
                Self {
                    type_: Ok(Default::default()),
                    uid: Ok(Default::default()),
                }
            }
        }
        impl AutomationInitiator {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.type_ = Ok(value.into_option());
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.uid = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<AutomationInitiator>
        for super::AutomationInitiator {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AutomationInitiator,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AutomationInitiator",
                    &[value.type_.as_ref().err(), value.uid.as_ref().err()],
                )?;
                Ok(Self {
                    type_: value.type_?,
                    uid: value.uid?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AutomationList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Automation>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AutomationList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl AutomationList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Automation>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AutomationList> for super::AutomationList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AutomationList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AutomationList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AutomationRequest {
            caption: ::std::result::Result<
                ::std::option::Option<super::AutomationRequestCaption>,
                ::std::string::String,
            >,
            data: ::std::result::Result<super::AutomationData, ::std::string::String>,
            name: ::std::result::Result<
                super::AutomationRequestName,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::AutomationStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AutomationRequest {
            fn default() -> Self {
                Self {
                    caption: Ok(Default::default()),
                    data: Err("no value supplied for data".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl AutomationRequest {
            pub fn caption<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::AutomationRequestCaption>,
            {
                self.caption = Ok(value.into_option());
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AutomationData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AutomationRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AutomationStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AutomationRequest> for super::AutomationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AutomationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AutomationRequest",
                    &[
                        value.caption.as_ref().err(),
                        value.data.as_ref().err(),
                        value.name.as_ref().err(),
                        value.status.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    caption: value.caption?,
                    data: value.data?,
                    name: value.name?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::AutomationRequest> for AutomationRequest {
            fn from(value: super::AutomationRequest) -> Self {
                Self {
                    caption: Ok(value.caption),
                    data: Ok(value.data),
                    name: Ok(value.name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AutomationStatusRequest {
            status: ::std::result::Result<
                super::AutomationStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AutomationStatusRequest {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl AutomationStatusRequest {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AutomationStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AutomationStatusRequest>
        for super::AutomationStatusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AutomationStatusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AutomationStatusRequest",
                    &[value.status.as_ref().err()],
                )?;
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::AutomationStatusRequest>
        for AutomationStatusRequest {
            fn from(value: super::AutomationStatusRequest) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChangeExperimentStatusRequest {
            status: ::std::result::Result<
                super::ExperimentStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChangeExperimentStatusRequest {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl ChangeExperimentStatusRequest {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ExperimentStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChangeExperimentStatusRequest>
        for super::ChangeExperimentStatusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChangeExperimentStatusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ChangeExperimentStatusRequest",
                    &[value.status.as_ref().err()],
                )?;
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::ChangeExperimentStatusRequest>
        for ChangeExperimentStatusRequest {
            fn from(value: super::ChangeExperimentStatusRequest) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateExperimentGroupRequest {
            is_control: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            remote_config_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            weight: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for CreateExperimentGroupRequest {
            fn default() -> Self {
                Self {
                    is_control: Ok(Default::default()),
                    name: Ok(Default::default()),
                    remote_config_uid: Ok(Default::default()),
                    weight: Err("no value supplied for weight".to_string()),
                }
            }
        }
        impl CreateExperimentGroupRequest {
            pub fn is_control<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_control = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn remote_config_uid<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.remote_config_uid = Ok(value.into_option());
                self
            }
            pub fn weight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.weight = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for weight: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateExperimentGroupRequest>
        for super::CreateExperimentGroupRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateExperimentGroupRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateExperimentGroupRequest",
                    &[
                        value.is_control.as_ref().err(),
                        value.name.as_ref().err(),
                        value.remote_config_uid.as_ref().err(),
                        value.weight.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    is_control: value.is_control?,
                    name: value.name?,
                    remote_config_uid: value.remote_config_uid?,
                    weight: value.weight?,
                })
            }
        }
        impl ::std::convert::From<super::CreateExperimentGroupRequest>
        for CreateExperimentGroupRequest {
            fn from(value: super::CreateExperimentGroupRequest) -> Self {
                Self {
                    is_control: Ok(value.is_control),
                    name: Ok(value.name),
                    remote_config_uid: Ok(value.remote_config_uid),
                    weight: Ok(value.weight),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateExperimentRequest {
            alias_id: ::std::result::Result<
                super::CreateExperimentRequestAliasId,
                ::std::string::String,
            >,
            context_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            goal_direction: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            goal_value: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            is_context_specific: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            primary_metric: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            segment_percent: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateExperimentRequest {
            fn default() -> Self {
                Self {
                    alias_id: Err("no value supplied for alias_id".to_string()),
                    context_key: Ok(Default::default()),
                    description: Ok(Default::default()),
                    goal_direction: Ok(Default::default()),
                    goal_value: Ok(Default::default()),
                    is_context_specific: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    primary_metric: Ok(Default::default()),
                    segment_percent: Ok(Default::default()),
                }
            }
        }
        impl CreateExperimentRequest {
            pub fn alias_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateExperimentRequestAliasId>,
                T::Error: ::std::fmt::Display,
            {
                self.alias_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alias_id: {e}")
                    });
                self
            }
            pub fn context_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.context_key = Ok(value.into_option());
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.description = Ok(value.into_option());
                self
            }
            pub fn goal_direction<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.goal_direction = Ok(value.into_option());
                self
            }
            pub fn goal_value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.goal_value = Ok(value.into_option());
                self
            }
            pub fn is_context_specific<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_context_specific = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn primary_metric<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.primary_metric = Ok(value.into_option());
                self
            }
            pub fn segment_percent<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.segment_percent = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<CreateExperimentRequest>
        for super::CreateExperimentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateExperimentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateExperimentRequest",
                    &[
                        value.alias_id.as_ref().err(),
                        value.context_key.as_ref().err(),
                        value.description.as_ref().err(),
                        value.goal_direction.as_ref().err(),
                        value.goal_value.as_ref().err(),
                        value.is_context_specific.as_ref().err(),
                        value.name.as_ref().err(),
                        value.primary_metric.as_ref().err(),
                        value.segment_percent.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    alias_id: value.alias_id?,
                    context_key: value.context_key?,
                    description: value.description?,
                    goal_direction: value.goal_direction?,
                    goal_value: value.goal_value?,
                    is_context_specific: value.is_context_specific?,
                    name: value.name?,
                    primary_metric: value.primary_metric?,
                    segment_percent: value.segment_percent?,
                })
            }
        }
        impl ::std::convert::From<super::CreateExperimentRequest>
        for CreateExperimentRequest {
            fn from(value: super::CreateExperimentRequest) -> Self {
                Self {
                    alias_id: Ok(value.alias_id),
                    context_key: Ok(value.context_key),
                    description: Ok(value.description),
                    goal_direction: Ok(value.goal_direction),
                    goal_value: Ok(value.goal_value),
                    is_context_specific: Ok(value.is_context_specific),
                    name: Ok(value.name),
                    primary_metric: Ok(value.primary_metric),
                    segment_percent: Ok(value.segment_percent),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateIdentityRequest {
            identity_id: ::std::result::Result<
                super::CreateIdentityRequestIdentityId,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<super::CreateIdentityRequestUserId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateIdentityRequest {
            fn default() -> Self {
                Self {
                    identity_id: Err("no value supplied for identity_id".to_string()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl CreateIdentityRequest {
            pub fn identity_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateIdentityRequestIdentityId>,
                T::Error: ::std::fmt::Display,
            {
                self.identity_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identity_id: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::CreateIdentityRequestUserId>,
            {
                self.user_id = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<CreateIdentityRequest>
        for super::CreateIdentityRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateIdentityRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateIdentityRequest",
                    &[value.identity_id.as_ref().err(), value.user_id.as_ref().err()],
                )?;
                Ok(Self {
                    identity_id: value.identity_id?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateIdentityRequest>
        for CreateIdentityRequest {
            fn from(value: super::CreateIdentityRequest) -> Self {
                Self {
                    identity_id: Ok(value.identity_id),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateIntegrationRequest {
            integration: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            target_platform: ::std::result::Result<
                super::TargetPlatform,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                super::CreateIntegrationRequestTitle,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateIntegrationRequest {
            fn default() -> Self {
                Self {
                    integration: Err("no value supplied for integration".to_string()),
                    target_platform: Err(
                        "no value supplied for target_platform".to_string(),
                    ),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl CreateIntegrationRequest {
            pub fn integration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.integration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for integration: {e}")
                    });
                self
            }
            pub fn target_platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TargetPlatform>,
                T::Error: ::std::fmt::Display,
            {
                self.target_platform = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_platform: {e}"
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateIntegrationRequestTitle>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateIntegrationRequest>
        for super::CreateIntegrationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateIntegrationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateIntegrationRequest",
                    &[
                        value.integration.as_ref().err(),
                        value.target_platform.as_ref().err(),
                        value.title.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    integration: value.integration?,
                    target_platform: value.target_platform?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::CreateIntegrationRequest>
        for CreateIntegrationRequest {
            fn from(value: super::CreateIntegrationRequest) -> Self {
                Self {
                    integration: Ok(value.integration),
                    target_platform: Ok(value.target_platform),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateOfferingRequest {
            id: ::std::result::Result<
                super::CreateOfferingRequestId,
                ::std::string::String,
            >,
            product_ids: ::std::result::Result<
                ::std::option::Option<super::OfferingProductIds>,
                ::std::string::String,
            >,
            tag: ::std::result::Result<
                ::std::option::Option<i16>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateOfferingRequest {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    product_ids: Ok(Default::default()),
                    tag: Ok(Default::default()),
                }
            }
        }
        impl CreateOfferingRequest {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateOfferingRequestId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn product_ids<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::OfferingProductIds>,
            {
                self.product_ids = Ok(value.into_option());
                self
            }
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i16>,
            {
                self.tag = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<CreateOfferingRequest>
        for super::CreateOfferingRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateOfferingRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateOfferingRequest",
                    &[
                        value.id.as_ref().err(),
                        value.product_ids.as_ref().err(),
                        value.tag.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    id: value.id?,
                    product_ids: value.product_ids?,
                    tag: value.tag?,
                })
            }
        }
        impl ::std::convert::From<super::CreateOfferingRequest>
        for CreateOfferingRequest {
            fn from(value: super::CreateOfferingRequest) -> Self {
                Self {
                    id: Ok(value.id),
                    product_ids: Ok(value.product_ids),
                    tag: Ok(value.tag),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProductRequest {
            apple_product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<super::ProductDuration>,
                ::std::string::String,
            >,
            google_base_plan_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            google_product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                super::CreateProductRequestId,
                ::std::string::String,
            >,
            stripe_product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::ProductType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateProductRequest {
            fn default() -> Self {
                Self {
                    apple_product_id: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    google_base_plan_id: Ok(Default::default()),
                    google_product_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    stripe_product_id: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CreateProductRequest {
            pub fn apple_product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.apple_product_id = Ok(value.into_option());
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::ProductDuration>,
            {
                self.duration = Ok(value.into_option());
                self
            }
            pub fn google_base_plan_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.google_base_plan_id = Ok(value.into_option());
                self
            }
            pub fn google_product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.google_product_id = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateProductRequestId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn stripe_product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.stripe_product_id = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::ProductType>,
            {
                self.type_ = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<CreateProductRequest>
        for super::CreateProductRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateProductRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateProductRequest",
                    &[
                        value.apple_product_id.as_ref().err(),
                        value.duration.as_ref().err(),
                        value.google_base_plan_id.as_ref().err(),
                        value.google_product_id.as_ref().err(),
                        value.id.as_ref().err(),
                        value.stripe_product_id.as_ref().err(),
                        value.type_.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    apple_product_id: value.apple_product_id?,
                    duration: value.duration?,
                    google_base_plan_id: value.google_base_plan_id?,
                    google_product_id: value.google_product_id?,
                    id: value.id?,
                    stripe_product_id: value.stripe_product_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CreateProductRequest> for CreateProductRequest {
            fn from(value: super::CreateProductRequest) -> Self {
                Self {
                    apple_product_id: Ok(value.apple_product_id),
                    duration: Ok(value.duration),
                    google_base_plan_id: Ok(value.google_base_plan_id),
                    google_product_id: Ok(value.google_product_id),
                    id: Ok(value.id),
                    stripe_product_id: Ok(value.stripe_product_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateSegmentRequest {
            conditions: ::std::result::Result<
                ::std::vec::Vec<super::SegmentConditionInput>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreateSegmentRequestName,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateSegmentRequest {
            fn default() -> Self {
                Self {
                    conditions: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl CreateSegmentRequest {
            pub fn conditions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::SegmentConditionInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.conditions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for conditions: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateSegmentRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateSegmentRequest>
        for super::CreateSegmentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateSegmentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateSegmentRequest",
                    &[value.conditions.as_ref().err(), value.name.as_ref().err()],
                )?;
                Ok(Self {
                    conditions: value.conditions?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateSegmentRequest> for CreateSegmentRequest {
            fn from(value: super::CreateSegmentRequest) -> Self {
                Self {
                    conditions: Ok(value.conditions),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateUserRequest {
            environment: ::std::result::Result<
                super::UserEnvironment,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateUserRequest {
            fn default() -> Self {
                Self {
                    environment: Err("no value supplied for environment".to_string()),
                }
            }
        }
        impl CreateUserRequest {
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserEnvironment>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateUserRequest> for super::CreateUserRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateUserRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateUserRequest",
                    &[value.environment.as_ref().err()],
                )?;
                Ok(Self {
                    environment: value.environment?,
                })
            }
        }
        impl ::std::convert::From<super::CreateUserRequest> for CreateUserRequest {
            fn from(value: super::CreateUserRequest) -> Self {
                Self {
                    environment: Ok(value.environment),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerData {
            attribution_data: ::std::result::Result<
                ::std::vec::Vec<super::KeyValue>,
                ::std::string::String,
            >,
            can_edit_entitlements: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            can_remove_customer: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            conversion_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::std::option::Option<super::CustomerRecord>,
                ::std::string::String,
            >,
            device: ::std::result::Result<
                ::std::option::Option<super::Device>,
                ::std::string::String,
            >,
            net_payments: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            track_events: ::std::result::Result<
                ::std::vec::Vec<super::TrackEvent>,
                ::std::string::String,
            >,
            user_properties: ::std::result::Result<
                ::std::vec::Vec<super::KeyValue>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerData {
            fn default() -> Self {
                Self {
                    attribution_data: Ok(Default::default()),
                    can_edit_entitlements: Ok(Default::default()),
                    can_remove_customer: Ok(Default::default()),
                    conversion_rate: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer: Ok(Default::default()),
                    device: Ok(Default::default()),
                    net_payments: Ok(Default::default()),
                    track_events: Ok(Default::default()),
                    user_properties: Ok(Default::default()),
                }
            }
        }
        impl CustomerData {
            pub fn attribution_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::KeyValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.attribution_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attribution_data: {e}"
                        )
                    });
                self
            }
            pub fn can_edit_entitlements<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.can_edit_entitlements = Ok(value.into_option());
                self
            }
            pub fn can_remove_customer<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.can_remove_customer = Ok(value.into_option());
                self
            }
            pub fn conversion_rate<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.conversion_rate = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::CustomerRecord>,
            {
                self.customer = Ok(value.into_option());
                self
            }
            pub fn device<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::Device>,
            {
                self.device = Ok(value.into_option());
                self
            }
            pub fn net_payments<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.net_payments = Ok(value.into_option());
                self
            }
            pub fn track_events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TrackEvent>>,
                T::Error: ::std::fmt::Display,
            {
                self.track_events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for track_events: {e}")
                    });
                self
            }
            pub fn user_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::KeyValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_properties: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerData> for super::CustomerData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerData",
                    &[
                        value.attribution_data.as_ref().err(),
                        value.can_edit_entitlements.as_ref().err(),
                        value.can_remove_customer.as_ref().err(),
                        value.conversion_rate.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.customer.as_ref().err(),
                        value.device.as_ref().err(),
                        value.net_payments.as_ref().err(),
                        value.track_events.as_ref().err(),
                        value.user_properties.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    attribution_data: value.attribution_data?,
                    can_edit_entitlements: value.can_edit_entitlements?,
                    can_remove_customer: value.can_remove_customer?,
                    conversion_rate: value.conversion_rate?,
                    currency: value.currency?,
                    customer: value.customer?,
                    device: value.device?,
                    net_payments: value.net_payments?,
                    track_events: value.track_events?,
                    user_properties: value.user_properties?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::CustomerListItem>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CustomerList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomerListItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerList> for super::CustomerList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerMetrics {
            active_subscribers: ::std::result::Result<
                ::std::option::Option<super::MetricValue>,
                ::std::string::String,
            >,
            active_trials: ::std::result::Result<
                ::std::option::Option<super::MetricValue>,
                ::std::string::String,
            >,
            avg_payment_count: ::std::result::Result<
                ::std::option::Option<super::MetricValue>,
                ::std::string::String,
            >,
            avg_price: ::std::result::Result<
                ::std::option::Option<super::MetricValue>,
                ::std::string::String,
            >,
            billing_retry: ::std::result::Result<
                ::std::option::Option<super::MetricValue>,
                ::std::string::String,
            >,
            canceled_trials: ::std::result::Result<
                ::std::option::Option<super::MetricValue>,
                ::std::string::String,
            >,
            churned_subscribers: ::std::result::Result<
                ::std::option::Option<super::MetricValue>,
                ::std::string::String,
            >,
            clients_with_event: ::std::result::Result<
                ::std::option::Option<super::MetricValue>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::CustomerMetricsObject,
                ::std::string::String,
            >,
            sales: ::std::result::Result<
                ::std::option::Option<super::MetricValue>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerMetrics {
            fn default() -> Self {
                Self {
                    active_subscribers: Ok(Default::default()),
                    active_trials: Ok(Default::default()),
                    avg_payment_count: Ok(Default::default()),
                    avg_price: Ok(Default::default()),
                    billing_retry: Ok(Default::default()),
                    canceled_trials: Ok(Default::default()),
                    churned_subscribers: Ok(Default::default()),
                    clients_with_event: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    sales: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CustomerMetrics {
            pub fn active_subscribers<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::MetricValue>,
            {
                self.active_subscribers = Ok(value.into_option());
                self
            }
            pub fn active_trials<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::MetricValue>,
            {
                self.active_trials = Ok(value.into_option());
                self
            }
            pub fn avg_payment_count<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::MetricValue>,
            {
                self.avg_payment_count = Ok(value.into_option());
                self
            }
            pub fn avg_price<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::MetricValue>,
            {
                self.avg_price = Ok(value.into_option());
                self
            }
            pub fn billing_retry<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::MetricValue>,
            {
                self.billing_retry = Ok(value.into_option());
                self
            }
            pub fn canceled_trials<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::MetricValue>,
            {
                self.canceled_trials = Ok(value.into_option());
                self
            }
            pub fn churned_subscribers<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::MetricValue>,
            {
                self.churned_subscribers = Ok(value.into_option());
                self
            }
            pub fn clients_with_event<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::MetricValue>,
            {
                self.clients_with_event = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerMetricsObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn sales<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::MetricValue>,
            {
                self.sales = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerMetrics> for super::CustomerMetrics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerMetrics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerMetrics",
                    &[
                        value.active_subscribers.as_ref().err(),
                        value.active_trials.as_ref().err(),
                        value.avg_payment_count.as_ref().err(),
                        value.avg_price.as_ref().err(),
                        value.billing_retry.as_ref().err(),
                        value.canceled_trials.as_ref().err(),
                        value.churned_subscribers.as_ref().err(),
                        value.clients_with_event.as_ref().err(),
                        value.object.as_ref().err(),
                        value.sales.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    active_subscribers: value.active_subscribers?,
                    active_trials: value.active_trials?,
                    avg_payment_count: value.avg_payment_count?,
                    avg_price: value.avg_price?,
                    billing_retry: value.billing_retry?,
                    canceled_trials: value.canceled_trials?,
                    churned_subscribers: value.churned_subscribers?,
                    clients_with_event: value.clients_with_event?,
                    object: value.object?,
                    sales: value.sales?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerPermission {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerPermission {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    source: Ok(Default::default()),
                    started_at: Ok(Default::default()),
                }
            }
        }
        impl CustomerPermission {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.active = Ok(value.into_option());
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.expires_at = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_id = Ok(value.into_option());
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.source = Ok(value.into_option());
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.started_at = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerPermission> for super::CustomerPermission {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerPermission,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerPermission",
                    &[
                        value.active.as_ref().err(),
                        value.expires_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.product_id.as_ref().err(),
                        value.source.as_ref().err(),
                        value.started_at.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    active: value.active?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    product_id: value.product_id?,
                    source: value.source?,
                    started_at: value.started_at?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerPermissionGrant {
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            permission_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerPermissionGrant {
            fn default() -> Self {
                Self {
                    expires_at: Ok(Default::default()),
                    object: Ok(Default::default()),
                    permission_id: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl CustomerPermissionGrant {
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.expires_at = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.object = Ok(value.into_option());
                self
            }
            pub fn permission_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.permission_id = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.url = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerPermissionGrant>
        for super::CustomerPermissionGrant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerPermissionGrant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerPermissionGrant",
                    &[
                        value.expires_at.as_ref().err(),
                        value.object.as_ref().err(),
                        value.permission_id.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    expires_at: value.expires_at?,
                    object: value.object?,
                    permission_id: value.permission_id?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerPermissionList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::CustomerPermission>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerPermissionList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CustomerPermissionList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomerPermission>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerPermissionList>
        for super::CustomerPermissionList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerPermissionList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerPermissionList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerPropertiesData {
            property_errors: ::std::result::Result<
                ::std::vec::Vec<super::PropertyError>,
                ::std::string::String,
            >,
            saved_properties: ::std::result::Result<
                ::std::vec::Vec<super::SavedProperty>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerPropertiesData {
            fn default() -> Self {
                Self {
                    property_errors: Err(
                        "no value supplied for property_errors".to_string(),
                    ),
                    saved_properties: Err(
                        "no value supplied for saved_properties".to_string(),
                    ),
                }
            }
        }
        impl CustomerPropertiesData {
            pub fn property_errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PropertyError>>,
                T::Error: ::std::fmt::Display,
            {
                self.property_errors = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for property_errors: {e}"
                        )
                    });
                self
            }
            pub fn saved_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SavedProperty>>,
                T::Error: ::std::fmt::Display,
            {
                self.saved_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for saved_properties: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerPropertiesData>
        for super::CustomerPropertiesData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerPropertiesData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerPropertiesData",
                    &[
                        value.property_errors.as_ref().err(),
                        value.saved_properties.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    property_errors: value.property_errors?,
                    saved_properties: value.saved_properties?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerPropertiesResult {
            data: ::std::result::Result<
                super::CustomerPropertiesData,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::CustomerPropertiesObject,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerPropertiesResult {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CustomerPropertiesResult {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerPropertiesData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerPropertiesObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerPropertiesResult>
        for super::CustomerPropertiesResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerPropertiesResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerPropertiesResult",
                    &[
                        value.data.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerRecord {
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            external_identity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_seen: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            since: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerRecord {
            fn default() -> Self {
                Self {
                    client_id: Ok(Default::default()),
                    country: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    external_identity: Ok(Default::default()),
                    last_seen: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    since: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl CustomerRecord {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.client_id = Ok(value.into_option());
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.country = Ok(value.into_option());
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.environment = Ok(value.into_option());
                self
            }
            pub fn external_identity<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.external_identity = Ok(value.into_option());
                self
            }
            pub fn last_seen<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.last_seen = Ok(value.into_option());
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.platform = Ok(value.into_option());
                self
            }
            pub fn since<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.since = Ok(value.into_option());
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.status = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerRecord> for super::CustomerRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerRecord",
                    &[
                        value.client_id.as_ref().err(),
                        value.country.as_ref().err(),
                        value.environment.as_ref().err(),
                        value.external_identity.as_ref().err(),
                        value.last_seen.as_ref().err(),
                        value.platform.as_ref().err(),
                        value.since.as_ref().err(),
                        value.status.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    client_id: value.client_id?,
                    country: value.country?,
                    environment: value.environment?,
                    external_identity: value.external_identity?,
                    last_seen: value.last_seen?,
                    platform: value.platform?,
                    since: value.since?,
                    status: value.status?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerResponse {
            data: ::std::result::Result<super::CustomerData, ::std::string::String>,
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CustomerResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerResponse> for super::CustomerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerResponse",
                    &[
                        value.data.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Device {
            app_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            os_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sdk_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Device {
            fn default() -> Self {
                Self {
                    app_version: Ok(Default::default()),
                    device_model: Ok(Default::default()),
                    os_version: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    sdk_version: Ok(Default::default()),
                }
            }
        }
        impl Device {
            pub fn app_version<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.app_version = Ok(value.into_option());
                self
            }
            pub fn device_model<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.device_model = Ok(value.into_option());
                self
            }
            pub fn os_version<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.os_version = Ok(value.into_option());
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.platform = Ok(value.into_option());
                self
            }
            pub fn sdk_version<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.sdk_version = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<Device> for super::Device {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Device,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Device",
                    &[
                        value.app_version.as_ref().err(),
                        value.device_model.as_ref().err(),
                        value.os_version.as_ref().err(),
                        value.platform.as_ref().err(),
                        value.sdk_version.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    app_version: value.app_version?,
                    device_model: value.device_model?,
                    os_version: value.os_version?,
                    platform: value.platform?,
                    sdk_version: value.sdk_version?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Entitlement {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::EntitlementObject,
                ::std::string::String,
            >,
            product_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Entitlement {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    product_ids: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Entitlement {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.description = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EntitlementObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn product_ids<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.product_ids = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Entitlement> for super::Entitlement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Entitlement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Entitlement",
                    &[
                        value.created_at.as_ref().err(),
                        value.description.as_ref().err(),
                        value.id.as_ref().err(),
                        value.object.as_ref().err(),
                        value.product_ids.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    id: value.id?,
                    object: value.object?,
                    product_ids: value.product_ids?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntitlementList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Entitlement>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for EntitlementList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl EntitlementList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Entitlement>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntitlementList> for super::EntitlementList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntitlementList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "EntitlementList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntitlementProduct {
            product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subscription: ::std::result::Result<
                ::std::option::Option<super::EntitlementSubscription>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntitlementProduct {
            fn default() -> Self {
                Self {
                    product_id: Ok(Default::default()),
                    subscription: Ok(Default::default()),
                }
            }
        }
        impl EntitlementProduct {
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_id = Ok(value.into_option());
                self
            }
            pub fn subscription<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::EntitlementSubscription>,
            {
                self.subscription = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<EntitlementProduct> for super::EntitlementProduct {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntitlementProduct,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "EntitlementProduct",
                    &[value.product_id.as_ref().err(), value.subscription.as_ref().err()],
                )?;
                Ok(Self {
                    product_id: value.product_id?,
                    subscription: value.subscription?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntitlementSubscription {
            current_period_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            renew_state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntitlementSubscription {
            fn default() -> Self {
                Self {
                    current_period_type: Ok(Default::default()),
                    renew_state: Ok(Default::default()),
                }
            }
        }
        impl EntitlementSubscription {
            pub fn current_period_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.current_period_type = Ok(value.into_option());
                self
            }
            pub fn renew_state<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.renew_state = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<EntitlementSubscription>
        for super::EntitlementSubscription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntitlementSubscription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "EntitlementSubscription",
                    &[
                        value.current_period_type.as_ref().err(),
                        value.renew_state.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    current_period_type: value.current_period_type?,
                    renew_state: value.renew_state?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorDetail {
            field: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    field: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorDetail {
            pub fn field<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.field = Ok(value.into_option());
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.message = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ErrorDetail",
                    &[value.field.as_ref().err(), value.message.as_ref().err()],
                )?;
                Ok(Self {
                    field: value.field?,
                    message: value.message?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorObject {
            code: ::std::result::Result<super::ErrorCode, ::std::string::String>,
            details: ::std::result::Result<
                ::std::vec::Vec<super::ErrorDetail>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::ErrorType, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorObject {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    details: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ErrorObject {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ErrorDetail>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorObject> for super::ErrorObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ErrorObject",
                    &[
                        value.code.as_ref().err(),
                        value.details.as_ref().err(),
                        value.message.as_ref().err(),
                        value.type_.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    code: value.code?,
                    details: value.details?,
                    message: value.message?,
                    type_: value.type_?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            error: ::std::result::Result<super::ErrorObject, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl ErrorResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorObject>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ErrorResponse",
                    &[value.error.as_ref().err()],
                )?;
                Ok(Self { error: value.error? })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Experiment {
            alias_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            context_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            finished_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            goal_direction: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            goal_value: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_context_specific: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            primary_metric: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            segment_percent: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Experiment {
            fn default() -> Self {
                Self {
                    alias_id: Ok(Default::default()),
                    context_key: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    finished_at: Ok(Default::default()),
                    goal_direction: Ok(Default::default()),
                    goal_value: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_context_specific: Ok(Default::default()),
                    name: Ok(Default::default()),
                    object: Ok(Default::default()),
                    primary_metric: Ok(Default::default()),
                    segment_percent: Ok(Default::default()),
                    started_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl Experiment {
            pub fn alias_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.alias_id = Ok(value.into_option());
                self
            }
            pub fn context_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.context_key = Ok(value.into_option());
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.created_at = Ok(value.into_option());
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.description = Ok(value.into_option());
                self
            }
            pub fn finished_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.finished_at = Ok(value.into_option());
                self
            }
            pub fn goal_direction<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.goal_direction = Ok(value.into_option());
                self
            }
            pub fn goal_value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.goal_value = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn is_context_specific<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_context_specific = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.object = Ok(value.into_option());
                self
            }
            pub fn primary_metric<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.primary_metric = Ok(value.into_option());
                self
            }
            pub fn segment_percent<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.segment_percent = Ok(value.into_option());
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.started_at = Ok(value.into_option());
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.status = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.updated_at = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.url = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<Experiment> for super::Experiment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Experiment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Experiment",
                    &[
                        value.alias_id.as_ref().err(),
                        value.context_key.as_ref().err(),
                        value.created_at.as_ref().err(),
                        value.description.as_ref().err(),
                        value.finished_at.as_ref().err(),
                        value.goal_direction.as_ref().err(),
                        value.goal_value.as_ref().err(),
                        value.id.as_ref().err(),
                        value.is_context_specific.as_ref().err(),
                        value.name.as_ref().err(),
                        value.object.as_ref().err(),
                        value.primary_metric.as_ref().err(),
                        value.segment_percent.as_ref().err(),
                        value.started_at.as_ref().err(),
                        value.status.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    alias_id: value.alias_id?,
                    context_key: value.context_key?,
                    created_at: value.created_at?,
                    description: value.description?,
                    finished_at: value.finished_at?,
                    goal_direction: value.goal_direction?,
                    goal_value: value.goal_value?,
                    id: value.id?,
                    is_context_specific: value.is_context_specific?,
                    name: value.name?,
                    object: value.object?,
                    primary_metric: value.primary_metric?,
                    segment_percent: value.segment_percent?,
                    started_at: value.started_at?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExperimentGroup {
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_control: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            remote_config_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            weight: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ExperimentGroup {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_control: Ok(Default::default()),
                    name: Ok(Default::default()),
                    object: Ok(Default::default()),
                    remote_config_uid: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    url: Ok(Default::default()),
                    weight: Ok(Default::default()),
                }
            }
        }
        impl ExperimentGroup {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.created_at = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn is_control<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_control = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.object = Ok(value.into_option());
                self
            }
            pub fn remote_config_uid<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.remote_config_uid = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.updated_at = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.url = Ok(value.into_option());
                self
            }
            pub fn weight<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.weight = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<ExperimentGroup> for super::ExperimentGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExperimentGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ExperimentGroup",
                    &[
                        value.created_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.is_control.as_ref().err(),
                        value.name.as_ref().err(),
                        value.object.as_ref().err(),
                        value.remote_config_uid.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.url.as_ref().err(),
                        value.weight.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    is_control: value.is_control?,
                    name: value.name?,
                    object: value.object?,
                    remote_config_uid: value.remote_config_uid?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                    weight: value.weight?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExperimentGroupList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::ExperimentGroup>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ExperimentGroupList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ExperimentGroupList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ExperimentGroup>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExperimentGroupList>
        for super::ExperimentGroupList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExperimentGroupList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ExperimentGroupList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExperimentList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Experiment>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ExperimentList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ExperimentList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Experiment>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExperimentList> for super::ExperimentList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExperimentList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ExperimentList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct GrantEntitlementRequest {
            entitlement_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GrantEntitlementRequest {
            fn default() -> Self {
                Self {
                    entitlement_id: Err(
                        "no value supplied for entitlement_id".to_string(),
                    ),
                    expires_at: Ok(Default::default()),
                }
            }
        }
        impl GrantEntitlementRequest {
            pub fn entitlement_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.entitlement_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for entitlement_id: {e}"
                        )
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.expires_at = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<GrantEntitlementRequest>
        for super::GrantEntitlementRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GrantEntitlementRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "GrantEntitlementRequest",
                    &[
                        value.entitlement_id.as_ref().err(),
                        value.expires_at.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    entitlement_id: value.entitlement_id?,
                    expires_at: value.expires_at?,
                })
            }
        }
        impl ::std::convert::From<super::GrantEntitlementRequest>
        for GrantEntitlementRequest {
            fn from(value: super::GrantEntitlementRequest) -> Self {
                Self {
                    entitlement_id: Ok(value.entitlement_id),
                    expires_at: Ok(value.expires_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GrantPermissionRequest {
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            permission_id: ::std::result::Result<
                super::GrantPermissionRequestPermissionId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GrantPermissionRequest {
            fn default() -> Self {
                Self {
                    expires_at: Ok(Default::default()),
                    permission_id: Err("no value supplied for permission_id".to_string()),
                }
            }
        }
        impl GrantPermissionRequest {
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.expires_at = Ok(value.into_option());
                self
            }
            pub fn permission_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GrantPermissionRequestPermissionId>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permission_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GrantPermissionRequest>
        for super::GrantPermissionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GrantPermissionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "GrantPermissionRequest",
                    &[
                        value.expires_at.as_ref().err(),
                        value.permission_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    expires_at: value.expires_at?,
                    permission_id: value.permission_id?,
                })
            }
        }
        impl ::std::convert::From<super::GrantPermissionRequest>
        for GrantPermissionRequest {
            fn from(value: super::GrantPermissionRequest) -> Self {
                Self {
                    expires_at: Ok(value.expires_at),
                    permission_id: Ok(value.permission_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Identity {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::IdentityObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Identity {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Identity {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IdentityObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Identity> for super::Identity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Identity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Identity",
                    &[
                        value.id.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                        value.user_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    id: value.id?,
                    object: value.object?,
                    url: value.url?,
                    user_id: value.user_id?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Integration {
            active: ::std::result::Result<
                ::std::option::Option<super::IntegrationState>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            delivery_error_count: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            integration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_delivery_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_error_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
            target_platform: ::std::result::Result<
                ::std::option::Option<super::TargetPlatform>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Integration {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    delivery_error_count: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    integration: Ok(Default::default()),
                    last_delivery_at: Ok(Default::default()),
                    last_error_at: Ok(Default::default()),
                    last_error_message: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    target_platform: Ok(Default::default()),
                    title: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Integration {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::IntegrationState>,
            {
                self.active = Ok(value.into_option());
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.created_at = Ok(value.into_option());
                self
            }
            pub fn delivery_error_count<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<u64>,
            {
                self.delivery_error_count = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn integration<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.integration = Ok(value.into_option());
                self
            }
            pub fn last_delivery_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.last_delivery_at = Ok(value.into_option());
                self
            }
            pub fn last_error_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.last_error_at = Ok(value.into_option());
                self
            }
            pub fn last_error_message<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.last_error_message = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn target_platform<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::TargetPlatform>,
            {
                self.target_platform = Ok(value.into_option());
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.title = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.updated_at = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Integration> for super::Integration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Integration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Integration",
                    &[
                        value.active.as_ref().err(),
                        value.created_at.as_ref().err(),
                        value.delivery_error_count.as_ref().err(),
                        value.id.as_ref().err(),
                        value.integration.as_ref().err(),
                        value.last_delivery_at.as_ref().err(),
                        value.last_error_at.as_ref().err(),
                        value.last_error_message.as_ref().err(),
                        value.object.as_ref().err(),
                        value.target_platform.as_ref().err(),
                        value.title.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    active: value.active?,
                    created_at: value.created_at?,
                    delivery_error_count: value.delivery_error_count?,
                    id: value.id?,
                    integration: value.integration?,
                    last_delivery_at: value.last_delivery_at?,
                    last_error_at: value.last_error_at?,
                    last_error_message: value.last_error_message?,
                    object: value.object?,
                    target_platform: value.target_platform?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Integration>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for IntegrationList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl IntegrationList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Integration>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationList> for super::IntegrationList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "IntegrationList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationStatusRequest {
            status: ::std::result::Result<
                super::IntegrationSettableState,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IntegrationStatusRequest {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl IntegrationStatusRequest {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IntegrationSettableState>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationStatusRequest>
        for super::IntegrationStatusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationStatusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "IntegrationStatusRequest",
                    &[value.status.as_ref().err()],
                )?;
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::IntegrationStatusRequest>
        for IntegrationStatusRequest {
            fn from(value: super::IntegrationStatusRequest) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KeyValue {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for KeyValue {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl KeyValue {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.key = Ok(value.into_option());
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.value = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<KeyValue> for super::KeyValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KeyValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "KeyValue",
                    &[value.key.as_ref().err(), value.value.as_ref().err()],
                )?;
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Offering {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::OfferingObject, ::std::string::String>,
            product_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            tag: ::std::result::Result<
                ::std::option::Option<i16>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Offering {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    product_ids: Err("no value supplied for product_ids".to_string()),
                    tag: Ok(None),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Offering {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OfferingObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn product_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_ids: {e}")
                    });
                self
            }
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i16>,
            {
                self.tag = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Offering> for super::Offering {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Offering,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Offering",
                    &[
                        value.created_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.object.as_ref().err(),
                        value.product_ids.as_ref().err(),
                        value.tag.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    object: value.object?,
                    product_ids: value.product_ids?,
                    tag: value.tag?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct OfferingList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Offering>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OfferingList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl OfferingList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Offering>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OfferingList> for super::OfferingList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OfferingList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "OfferingList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Product {
            apple_product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<super::ProductDuration>,
                ::std::string::String,
            >,
            google_base_plan_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            google_product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::ProductObject, ::std::string::String>,
            stripe_product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::ProductType>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Product {
            fn default() -> Self {
                Self {
                    apple_product_id: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    duration: Ok(Default::default()),
                    google_base_plan_id: Ok(Default::default()),
                    google_product_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    stripe_product_id: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Product {
            pub fn apple_product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.apple_product_id = Ok(value.into_option());
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::ProductDuration>,
            {
                self.duration = Ok(value.into_option());
                self
            }
            pub fn google_base_plan_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.google_base_plan_id = Ok(value.into_option());
                self
            }
            pub fn google_product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.google_product_id = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProductObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn stripe_product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.stripe_product_id = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::ProductType>,
            {
                self.type_ = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Product> for super::Product {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Product,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Product",
                    &[
                        value.apple_product_id.as_ref().err(),
                        value.created_at.as_ref().err(),
                        value.duration.as_ref().err(),
                        value.google_base_plan_id.as_ref().err(),
                        value.google_product_id.as_ref().err(),
                        value.id.as_ref().err(),
                        value.object.as_ref().err(),
                        value.stripe_product_id.as_ref().err(),
                        value.type_.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    apple_product_id: value.apple_product_id?,
                    created_at: value.created_at?,
                    duration: value.duration?,
                    google_base_plan_id: value.google_base_plan_id?,
                    google_product_id: value.google_product_id?,
                    id: value.id?,
                    object: value.object?,
                    stripe_product_id: value.stripe_product_id?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Product>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ProductList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ProductList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Product>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductList> for super::ProductList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ProductList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct PropertyError {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PropertyError {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    key: Ok(Default::default()),
                }
            }
        }
        impl PropertyError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.error = Ok(value.into_option());
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.key = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<PropertyError> for super::PropertyError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PropertyError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "PropertyError",
                    &[value.error.as_ref().err(), value.key.as_ref().err()],
                )?;
                Ok(Self {
                    error: value.error?,
                    key: value.key?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct PropertyInput {
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PropertyInput {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl PropertyInput {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PropertyInput> for super::PropertyInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PropertyInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "PropertyInput",
                    &[value.key.as_ref().err(), value.value.as_ref().err()],
                )?;
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Purchase {
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_auto_renewing: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<super::PurchaseObject>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            purchased_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            store_data: ::std::result::Result<
                ::std::option::Option<super::StoreData>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Purchase {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_auto_renewing: Ok(Default::default()),
                    object: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    price: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    purchased_at: Ok(Default::default()),
                    store_data: Ok(Default::default()),
                    url: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl Purchase {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.created_at = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.expires_at = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn is_auto_renewing<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_auto_renewing = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::PurchaseObject>,
            {
                self.object = Ok(value.into_option());
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.platform = Ok(value.into_option());
                self
            }
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.price = Ok(value.into_option());
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_id = Ok(value.into_option());
                self
            }
            pub fn purchased_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.purchased_at = Ok(value.into_option());
                self
            }
            pub fn store_data<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::StoreData>,
            {
                self.store_data = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.url = Ok(value.into_option());
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.user_id = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<Purchase> for super::Purchase {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Purchase,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Purchase",
                    &[
                        value.created_at.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.expires_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.is_auto_renewing.as_ref().err(),
                        value.object.as_ref().err(),
                        value.platform.as_ref().err(),
                        value.price.as_ref().err(),
                        value.product_id.as_ref().err(),
                        value.purchased_at.as_ref().err(),
                        value.store_data.as_ref().err(),
                        value.url.as_ref().err(),
                        value.user_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    currency: value.currency?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    is_auto_renewing: value.is_auto_renewing?,
                    object: value.object?,
                    platform: value.platform?,
                    price: value.price?,
                    product_id: value.product_id?,
                    purchased_at: value.purchased_at?,
                    store_data: value.store_data?,
                    url: value.url?,
                    user_id: value.user_id?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct PurchaseList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Purchase>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PurchaseList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl PurchaseList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Purchase>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PurchaseList> for super::PurchaseList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PurchaseList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "PurchaseList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct RemoteConfigurationList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::UndocumentedObject>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for RemoteConfigurationList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl RemoteConfigurationList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UndocumentedObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RemoteConfigurationList>
        for super::RemoteConfigurationList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RemoteConfigurationList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "RemoteConfigurationList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportDestination {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ReportDestination {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    label: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ReportDestination {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.label = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReportDestination> for super::ReportDestination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportDestination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ReportDestination",
                    &[
                        value.id.as_ref().err(),
                        value.label.as_ref().err(),
                        value.type_.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    id: value.id?,
                    label: value.label?,
                    type_: value.type_?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct SavedProperty {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SavedProperty {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl SavedProperty {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.key = Ok(value.into_option());
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.value = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<SavedProperty> for super::SavedProperty {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SavedProperty,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "SavedProperty",
                    &[value.key.as_ref().err(), value.value.as_ref().err()],
                )?;
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScheduledReport {
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            destinations: ::std::result::Result<
                ::std::vec::Vec<super::ReportDestination>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            included_range_days: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
            report_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            runs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            send_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ScheduledReport {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    destinations: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    included_range_days: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    report_name: Ok(Default::default()),
                    runs: Ok(Default::default()),
                    send_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ScheduledReport {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.created_at = Ok(value.into_option());
                self
            }
            pub fn destinations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ReportDestination>>,
                T::Error: ::std::fmt::Display,
            {
                self.destinations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for destinations: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.environment = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn included_range_days<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.included_range_days = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn report_name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.report_name = Ok(value.into_option());
                self
            }
            pub fn runs<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.runs = Ok(value.into_option());
                self
            }
            pub fn send_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.send_at = Ok(value.into_option());
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.status = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.updated_at = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScheduledReport> for super::ScheduledReport {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScheduledReport,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ScheduledReport",
                    &[
                        value.created_at.as_ref().err(),
                        value.destinations.as_ref().err(),
                        value.environment.as_ref().err(),
                        value.id.as_ref().err(),
                        value.included_range_days.as_ref().err(),
                        value.object.as_ref().err(),
                        value.report_name.as_ref().err(),
                        value.runs.as_ref().err(),
                        value.send_at.as_ref().err(),
                        value.status.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    destinations: value.destinations?,
                    environment: value.environment?,
                    id: value.id?,
                    included_range_days: value.included_range_days?,
                    object: value.object?,
                    report_name: value.report_name?,
                    runs: value.runs?,
                    send_at: value.send_at?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScheduledReportRequest {
            destinations: ::std::result::Result<
                ::std::vec::Vec<super::ReportDestination>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                super::ReportEnvironment,
                ::std::string::String,
            >,
            included_range_days: ::std::result::Result<
                super::ReportRangeDays,
                ::std::string::String,
            >,
            report_name: ::std::result::Result<
                super::ScheduledReportRequestReportName,
                ::std::string::String,
            >,
            send_at: ::std::result::Result<
                super::ScheduledReportRequestSendAt,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::ReportStatus, ::std::string::String>,
        }
        impl ::std::default::Default for ScheduledReportRequest {
            fn default() -> Self {
                Self {
                    destinations: Err("no value supplied for destinations".to_string()),
                    environment: Err("no value supplied for environment".to_string()),
                    included_range_days: Err(
                        "no value supplied for included_range_days".to_string(),
                    ),
                    report_name: Err("no value supplied for report_name".to_string()),
                    send_at: Err("no value supplied for send_at".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl ScheduledReportRequest {
            pub fn destinations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ReportDestination>>,
                T::Error: ::std::fmt::Display,
            {
                self.destinations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for destinations: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReportEnvironment>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn included_range_days<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReportRangeDays>,
                T::Error: ::std::fmt::Display,
            {
                self.included_range_days = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for included_range_days: {e}"
                        )
                    });
                self
            }
            pub fn report_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ScheduledReportRequestReportName>,
                T::Error: ::std::fmt::Display,
            {
                self.report_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for report_name: {e}")
                    });
                self
            }
            pub fn send_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ScheduledReportRequestSendAt>,
                T::Error: ::std::fmt::Display,
            {
                self.send_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for send_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReportStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScheduledReportRequest>
        for super::ScheduledReportRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScheduledReportRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ScheduledReportRequest",
                    &[
                        value.destinations.as_ref().err(),
                        value.environment.as_ref().err(),
                        value.included_range_days.as_ref().err(),
                        value.report_name.as_ref().err(),
                        value.send_at.as_ref().err(),
                        value.status.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    destinations: value.destinations?,
                    environment: value.environment?,
                    included_range_days: value.included_range_days?,
                    report_name: value.report_name?,
                    send_at: value.send_at?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ScheduledReportRequest>
        for ScheduledReportRequest {
            fn from(value: super::ScheduledReportRequest) -> Self {
                Self {
                    destinations: Ok(value.destinations),
                    environment: Ok(value.environment),
                    included_range_days: Ok(value.included_range_days),
                    report_name: Ok(value.report_name),
                    send_at: Ok(value.send_at),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Screen {
            background: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            configs: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            content: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            context_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            default_lang: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_web: ::std::result::Result<bool, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::ScreenObject, ::std::string::String>,
            prod_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sandbox_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            used: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Screen {
            fn default() -> Self {
                Self {
                    background: Ok(Default::default()),
                    configs: Ok(Default::default()),
                    content: Ok(Default::default()),
                    context_key: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    default_lang: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_web: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    prod_key: Ok(Default::default()),
                    sandbox_key: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                    used: Ok(Default::default()),
                }
            }
        }
        impl Screen {
            pub fn background<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.background = Ok(value.into_option());
                self
            }
            pub fn configs<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::serde_json::Value>,
            {
                self.configs = Ok(value.into_option());
                self
            }
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::serde_json::Value>,
            {
                self.content = Ok(value.into_option());
                self
            }
            pub fn context_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.context_key = Ok(value.into_option());
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn default_lang<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.default_lang = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_web<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_web = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_web: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ScreenObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn prod_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.prod_key = Ok(value.into_option());
                self
            }
            pub fn sandbox_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.sandbox_key = Ok(value.into_option());
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.type_ = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn used<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.used = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<Screen> for super::Screen {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Screen,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Screen",
                    &[
                        value.background.as_ref().err(),
                        value.configs.as_ref().err(),
                        value.content.as_ref().err(),
                        value.context_key.as_ref().err(),
                        value.created_at.as_ref().err(),
                        value.default_lang.as_ref().err(),
                        value.id.as_ref().err(),
                        value.is_web.as_ref().err(),
                        value.name.as_ref().err(),
                        value.object.as_ref().err(),
                        value.prod_key.as_ref().err(),
                        value.sandbox_key.as_ref().err(),
                        value.status.as_ref().err(),
                        value.type_.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.url.as_ref().err(),
                        value.used.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    background: value.background?,
                    configs: value.configs?,
                    content: value.content?,
                    context_key: value.context_key?,
                    created_at: value.created_at?,
                    default_lang: value.default_lang?,
                    id: value.id?,
                    is_web: value.is_web?,
                    name: value.name?,
                    object: value.object?,
                    prod_key: value.prod_key?,
                    sandbox_key: value.sandbox_key?,
                    status: value.status?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                    used: value.used?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScreenList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Screen>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ScreenList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ScreenList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Screen>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScreenList> for super::ScreenList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScreenList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ScreenList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScreenNameRequest {
            name: ::std::result::Result<
                super::ScreenNameRequestName,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScreenNameRequest {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl ScreenNameRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ScreenNameRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScreenNameRequest> for super::ScreenNameRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScreenNameRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ScreenNameRequest",
                    &[value.name.as_ref().err()],
                )?;
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::ScreenNameRequest> for ScreenNameRequest {
            fn from(value: super::ScreenNameRequest) -> Self {
                Self { name: Ok(value.name) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Segment {
            conditions: ::std::result::Result<
                ::std::vec::Vec<super::SegmentCondition>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_system: ::std::result::Result<bool, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Segment {
            fn default() -> Self {
                Self {
                    conditions: Err("no value supplied for conditions".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_system: Err("no value supplied for is_system".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Segment {
            pub fn conditions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SegmentCondition>>,
                T::Error: ::std::fmt::Display,
            {
                self.conditions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for conditions: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_system<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_system = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_system: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Segment> for super::Segment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Segment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Segment",
                    &[
                        value.conditions.as_ref().err(),
                        value.created_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.is_system.as_ref().err(),
                        value.name.as_ref().err(),
                        value.object.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    conditions: value.conditions?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_system: value.is_system?,
                    name: value.name?,
                    object: value.object?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct SegmentCondition {
            comparator: ::std::result::Result<
                ::std::option::Option<super::SegmentComparator>,
                ::std::string::String,
            >,
            metric: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            negate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SegmentCondition {
            fn default() -> Self {
                Self {
                    comparator: Ok(Default::default()),
                    metric: Ok(Default::default()),
                    negate: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl SegmentCondition {
            pub fn comparator<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::SegmentComparator>,
            {
                self.comparator = Ok(value.into_option());
                self
            }
            pub fn metric<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.metric = Ok(value.into_option());
                self
            }
            pub fn negate<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.negate = Ok(value.into_option());
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.value = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<SegmentCondition> for super::SegmentCondition {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SegmentCondition,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "SegmentCondition",
                    &[
                        value.comparator.as_ref().err(),
                        value.metric.as_ref().err(),
                        value.negate.as_ref().err(),
                        value.value.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    comparator: value.comparator?,
                    metric: value.metric?,
                    negate: value.negate?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct SegmentConditionInput {
            comparator: ::std::result::Result<
                super::SegmentComparator,
                ::std::string::String,
            >,
            metric: ::std::result::Result<::std::string::String, ::std::string::String>,
            negate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SegmentConditionInput {
            fn default() -> Self {
                Self {
                    comparator: Err("no value supplied for comparator".to_string()),
                    metric: Err("no value supplied for metric".to_string()),
                    negate: Ok(Default::default()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl SegmentConditionInput {
            pub fn comparator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SegmentComparator>,
                T::Error: ::std::fmt::Display,
            {
                self.comparator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comparator: {e}")
                    });
                self
            }
            pub fn metric<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.metric = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metric: {e}")
                    });
                self
            }
            pub fn negate<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.negate = Ok(value.into_option());
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SegmentConditionInput>
        for super::SegmentConditionInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SegmentConditionInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "SegmentConditionInput",
                    &[
                        value.comparator.as_ref().err(),
                        value.metric.as_ref().err(),
                        value.negate.as_ref().err(),
                        value.value.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    comparator: value.comparator?,
                    metric: value.metric?,
                    negate: value.negate?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct SegmentList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Segment>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SegmentList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SegmentList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Segment>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SegmentList> for super::SegmentList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SegmentList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "SegmentList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct SetPropertiesRequest {
            properties: ::std::result::Result<
                ::std::vec::Vec<super::PropertyInput>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SetPropertiesRequest {
            fn default() -> Self {
                Self {
                    properties: Err("no value supplied for properties".to_string()),
                }
            }
        }
        impl SetPropertiesRequest {
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PropertyInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SetPropertiesRequest>
        for super::SetPropertiesRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SetPropertiesRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "SetPropertiesRequest",
                    &[value.properties.as_ref().err()],
                )?;
                Ok(Self {
                    properties: value.properties?,
                })
            }
        }
        impl ::std::convert::From<super::SetPropertiesRequest> for SetPropertiesRequest {
            fn from(value: super::SetPropertiesRequest) -> Self {
                Self {
                    properties: Ok(value.properties),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StoreConfig {
            app_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bundle_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            connect_issuer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            connect_key_identifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_connect_private_key: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_iap_private_key: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_service_account_key: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_shared_secret: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            iap_issuer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iap_key_identifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StoreConfig {
            fn default() -> Self {
                Self {
                    app_id: Ok(Default::default()),
                    bundle_id: Ok(Default::default()),
                    connect_issuer_id: Ok(Default::default()),
                    connect_key_identifier: Ok(Default::default()),
                    has_connect_private_key: Ok(Default::default()),
                    has_iap_private_key: Ok(Default::default()),
                    has_service_account_key: Ok(Default::default()),
                    has_shared_secret: Ok(Default::default()),
                    iap_issuer_id: Ok(Default::default()),
                    iap_key_identifier: Ok(Default::default()),
                    object: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl StoreConfig {
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.app_id = Ok(value.into_option());
                self
            }
            pub fn bundle_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.bundle_id = Ok(value.into_option());
                self
            }
            pub fn connect_issuer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.connect_issuer_id = Ok(value.into_option());
                self
            }
            pub fn connect_key_identifier<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.connect_key_identifier = Ok(value.into_option());
                self
            }
            pub fn has_connect_private_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.has_connect_private_key = Ok(value.into_option());
                self
            }
            pub fn has_iap_private_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.has_iap_private_key = Ok(value.into_option());
                self
            }
            pub fn has_service_account_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.has_service_account_key = Ok(value.into_option());
                self
            }
            pub fn has_shared_secret<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.has_shared_secret = Ok(value.into_option());
                self
            }
            pub fn iap_issuer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.iap_issuer_id = Ok(value.into_option());
                self
            }
            pub fn iap_key_identifier<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.iap_key_identifier = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.object = Ok(value.into_option());
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.platform = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.url = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<StoreConfig> for super::StoreConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StoreConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "StoreConfig",
                    &[
                        value.app_id.as_ref().err(),
                        value.bundle_id.as_ref().err(),
                        value.connect_issuer_id.as_ref().err(),
                        value.connect_key_identifier.as_ref().err(),
                        value.has_connect_private_key.as_ref().err(),
                        value.has_iap_private_key.as_ref().err(),
                        value.has_service_account_key.as_ref().err(),
                        value.has_shared_secret.as_ref().err(),
                        value.iap_issuer_id.as_ref().err(),
                        value.iap_key_identifier.as_ref().err(),
                        value.object.as_ref().err(),
                        value.platform.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    app_id: value.app_id?,
                    bundle_id: value.bundle_id?,
                    connect_issuer_id: value.connect_issuer_id?,
                    connect_key_identifier: value.connect_key_identifier?,
                    has_connect_private_key: value.has_connect_private_key?,
                    has_iap_private_key: value.has_iap_private_key?,
                    has_service_account_key: value.has_service_account_key?,
                    has_shared_secret: value.has_shared_secret?,
                    iap_issuer_id: value.iap_issuer_id?,
                    iap_key_identifier: value.iap_key_identifier?,
                    object: value.object?,
                    platform: value.platform?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct StoreConfigRequest {
            app_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bundle_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            connect_issuer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            connect_key_identifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            connect_private_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iap_issuer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iap_key_identifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iap_private_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shared_secret: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StoreConfigRequest {
            fn default() -> Self {
                Self {
                    app_id: Ok(Default::default()),
                    bundle_id: Ok(Default::default()),
                    connect_issuer_id: Ok(Default::default()),
                    connect_key_identifier: Ok(Default::default()),
                    connect_private_key: Ok(Default::default()),
                    iap_issuer_id: Ok(Default::default()),
                    iap_key_identifier: Ok(Default::default()),
                    iap_private_key: Ok(Default::default()),
                    shared_secret: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl StoreConfigRequest {
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.app_id = Ok(value.into_option());
                self
            }
            pub fn bundle_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.bundle_id = Ok(value.into_option());
                self
            }
            pub fn connect_issuer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.connect_issuer_id = Ok(value.into_option());
                self
            }
            pub fn connect_key_identifier<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.connect_key_identifier = Ok(value.into_option());
                self
            }
            pub fn connect_private_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.connect_private_key = Ok(value.into_option());
                self
            }
            pub fn iap_issuer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.iap_issuer_id = Ok(value.into_option());
                self
            }
            pub fn iap_key_identifier<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.iap_key_identifier = Ok(value.into_option());
                self
            }
            pub fn iap_private_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.iap_private_key = Ok(value.into_option());
                self
            }
            pub fn shared_secret<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.shared_secret = Ok(value.into_option());
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StoreConfigRequest> for super::StoreConfigRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StoreConfigRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "StoreConfigRequest",
                    &[
                        value.app_id.as_ref().err(),
                        value.bundle_id.as_ref().err(),
                        value.connect_issuer_id.as_ref().err(),
                        value.connect_key_identifier.as_ref().err(),
                        value.connect_private_key.as_ref().err(),
                        value.iap_issuer_id.as_ref().err(),
                        value.iap_key_identifier.as_ref().err(),
                        value.iap_private_key.as_ref().err(),
                        value.shared_secret.as_ref().err(),
                        value.extra.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    app_id: value.app_id?,
                    bundle_id: value.bundle_id?,
                    connect_issuer_id: value.connect_issuer_id?,
                    connect_key_identifier: value.connect_key_identifier?,
                    connect_private_key: value.connect_private_key?,
                    iap_issuer_id: value.iap_issuer_id?,
                    iap_key_identifier: value.iap_key_identifier?,
                    iap_private_key: value.iap_private_key?,
                    shared_secret: value.shared_secret?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::StoreConfigRequest> for StoreConfigRequest {
            fn from(value: super::StoreConfigRequest) -> Self {
                Self {
                    app_id: Ok(value.app_id),
                    bundle_id: Ok(value.bundle_id),
                    connect_issuer_id: Ok(value.connect_issuer_id),
                    connect_key_identifier: Ok(value.connect_key_identifier),
                    connect_private_key: Ok(value.connect_private_key),
                    iap_issuer_id: Ok(value.iap_issuer_id),
                    iap_key_identifier: Ok(value.iap_key_identifier),
                    iap_private_key: Ok(value.iap_private_key),
                    shared_secret: Ok(value.shared_secret),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrackEvent {
            at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            event: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            revenue_usd: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrackEvent {
            fn default() -> Self {
                Self {
                    at: Ok(Default::default()),
                    event: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    revenue_usd: Ok(Default::default()),
                }
            }
        }
        impl TrackEvent {
            pub fn at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.at = Ok(value.into_option());
                self
            }
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.event = Ok(value.into_option());
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_id = Ok(value.into_option());
                self
            }
            pub fn revenue_usd<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.revenue_usd = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<TrackEvent> for super::TrackEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrackEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "TrackEvent",
                    &[
                        value.at.as_ref().err(),
                        value.event.as_ref().err(),
                        value.product_id.as_ref().err(),
                        value.revenue_usd.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    at: value.at?,
                    event: value.event?,
                    product_id: value.product_id?,
                    revenue_usd: value.revenue_usd?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateEntitlementRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateEntitlementRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    product_ids: Ok(Default::default()),
                }
            }
        }
        impl UpdateEntitlementRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.description = Ok(value.into_option());
                self
            }
            pub fn product_ids<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.product_ids = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateEntitlementRequest>
        for super::UpdateEntitlementRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateEntitlementRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "UpdateEntitlementRequest",
                    &[value.description.as_ref().err(), value.product_ids.as_ref().err()],
                )?;
                Ok(Self {
                    description: value.description?,
                    product_ids: value.product_ids?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateEntitlementRequest>
        for UpdateEntitlementRequest {
            fn from(value: super::UpdateEntitlementRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    product_ids: Ok(value.product_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateExperimentRequest {
            alias_id: ::std::result::Result<
                ::std::option::Option<super::UpdateExperimentRequestAliasId>,
                ::std::string::String,
            >,
            context_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            goal_direction: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            goal_value: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            is_context_specific: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            primary_metric: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            segment_percent: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateExperimentRequest {
            fn default() -> Self {
                Self {
                    alias_id: Ok(Default::default()),
                    context_key: Ok(Default::default()),
                    description: Ok(Default::default()),
                    goal_direction: Ok(Default::default()),
                    goal_value: Ok(Default::default()),
                    is_context_specific: Ok(Default::default()),
                    name: Ok(Default::default()),
                    primary_metric: Ok(Default::default()),
                    segment_percent: Ok(Default::default()),
                }
            }
        }
        impl UpdateExperimentRequest {
            pub fn alias_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::UpdateExperimentRequestAliasId>,
            {
                self.alias_id = Ok(value.into_option());
                self
            }
            pub fn context_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.context_key = Ok(value.into_option());
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.description = Ok(value.into_option());
                self
            }
            pub fn goal_direction<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.goal_direction = Ok(value.into_option());
                self
            }
            pub fn goal_value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.goal_value = Ok(value.into_option());
                self
            }
            pub fn is_context_specific<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_context_specific = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn primary_metric<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.primary_metric = Ok(value.into_option());
                self
            }
            pub fn segment_percent<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.segment_percent = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateExperimentRequest>
        for super::UpdateExperimentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateExperimentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "UpdateExperimentRequest",
                    &[
                        value.alias_id.as_ref().err(),
                        value.context_key.as_ref().err(),
                        value.description.as_ref().err(),
                        value.goal_direction.as_ref().err(),
                        value.goal_value.as_ref().err(),
                        value.is_context_specific.as_ref().err(),
                        value.name.as_ref().err(),
                        value.primary_metric.as_ref().err(),
                        value.segment_percent.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    alias_id: value.alias_id?,
                    context_key: value.context_key?,
                    description: value.description?,
                    goal_direction: value.goal_direction?,
                    goal_value: value.goal_value?,
                    is_context_specific: value.is_context_specific?,
                    name: value.name?,
                    primary_metric: value.primary_metric?,
                    segment_percent: value.segment_percent?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateExperimentRequest>
        for UpdateExperimentRequest {
            fn from(value: super::UpdateExperimentRequest) -> Self {
                Self {
                    alias_id: Ok(value.alias_id),
                    context_key: Ok(value.context_key),
                    description: Ok(value.description),
                    goal_direction: Ok(value.goal_direction),
                    goal_value: Ok(value.goal_value),
                    is_context_specific: Ok(value.is_context_specific),
                    name: Ok(value.name),
                    primary_metric: Ok(value.primary_metric),
                    segment_percent: Ok(value.segment_percent),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOfferingRequest {
            product_ids: ::std::result::Result<
                ::std::option::Option<super::OfferingProductIds>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateOfferingRequest {
            fn default() -> Self {
                Self {
                    product_ids: Ok(Default::default()),
                }
            }
        }
        impl UpdateOfferingRequest {
            pub fn product_ids<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::OfferingProductIds>,
            {
                self.product_ids = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateOfferingRequest>
        for super::UpdateOfferingRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateOfferingRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "UpdateOfferingRequest",
                    &[value.product_ids.as_ref().err()],
                )?;
                Ok(Self {
                    product_ids: value.product_ids?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateOfferingRequest>
        for UpdateOfferingRequest {
            fn from(value: super::UpdateOfferingRequest) -> Self {
                Self {
                    product_ids: Ok(value.product_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateProjectSettingsRequest {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            proxy_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rtdn_proxy_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateProjectSettingsRequest {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    proxy_url: Ok(Default::default()),
                    rtdn_proxy_url: Ok(Default::default()),
                }
            }
        }
        impl UpdateProjectSettingsRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn proxy_url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.proxy_url = Ok(value.into_option());
                self
            }
            pub fn rtdn_proxy_url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.rtdn_proxy_url = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateProjectSettingsRequest>
        for super::UpdateProjectSettingsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateProjectSettingsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "UpdateProjectSettingsRequest",
                    &[
                        value.name.as_ref().err(),
                        value.proxy_url.as_ref().err(),
                        value.rtdn_proxy_url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    name: value.name?,
                    proxy_url: value.proxy_url?,
                    rtdn_proxy_url: value.rtdn_proxy_url?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateProjectSettingsRequest>
        for UpdateProjectSettingsRequest {
            fn from(value: super::UpdateProjectSettingsRequest) -> Self {
                Self {
                    name: Ok(value.name),
                    proxy_url: Ok(value.proxy_url),
                    rtdn_proxy_url: Ok(value.rtdn_proxy_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            identity_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::UserObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    environment: Err("no value supplied for environment".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    identity_id: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl User {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn identity_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.identity_id = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "User",
                    &[
                        value.created_at.as_ref().err(),
                        value.environment.as_ref().err(),
                        value.id.as_ref().err(),
                        value.identity_id.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    environment: value.environment?,
                    id: value.id?,
                    identity_id: value.identity_id?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserEntitlement {
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_active: ::std::result::Result<bool, ::std::string::String>,
            object: ::std::result::Result<
                super::UserEntitlementObject,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<super::EntitlementProduct>,
                ::std::string::String,
            >,
            source: ::std::result::Result<::std::string::String, ::std::string::String>,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UserEntitlement {
            fn default() -> Self {
                Self {
                    expires_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_active: Err("no value supplied for is_active".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    product: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                    started_at: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl UserEntitlement {
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.expires_at = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_active: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserEntitlementObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::EntitlementProduct>,
            {
                self.product = Ok(value.into_option());
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.started_at = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserEntitlement> for super::UserEntitlement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserEntitlement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "UserEntitlement",
                    &[
                        value.expires_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.is_active.as_ref().err(),
                        value.object.as_ref().err(),
                        value.product.as_ref().err(),
                        value.source.as_ref().err(),
                        value.started_at.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    expires_at: value.expires_at?,
                    id: value.id?,
                    is_active: value.is_active?,
                    object: value.object?,
                    product: value.product?,
                    source: value.source?,
                    started_at: value.started_at?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserEntitlementList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::UserEntitlement>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UserEntitlementList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl UserEntitlementList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserEntitlement>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserEntitlementList>
        for super::UserEntitlementList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserEntitlementList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "UserEntitlementList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserPropertiesSetResult {
            object: ::std::result::Result<
                super::UserPropertiesSetResultObject,
                ::std::string::String,
            >,
            property_errors: ::std::result::Result<
                ::std::vec::Vec<super::PropertyError>,
                ::std::string::String,
            >,
            saved_properties: ::std::result::Result<
                ::std::vec::Vec<super::UserProperty>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UserPropertiesSetResult {
            fn default() -> Self {
                Self {
                    object: Err("no value supplied for object".to_string()),
                    property_errors: Err(
                        "no value supplied for property_errors".to_string(),
                    ),
                    saved_properties: Err(
                        "no value supplied for saved_properties".to_string(),
                    ),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl UserPropertiesSetResult {
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserPropertiesSetResultObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn property_errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PropertyError>>,
                T::Error: ::std::fmt::Display,
            {
                self.property_errors = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for property_errors: {e}"
                        )
                    });
                self
            }
            pub fn saved_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserProperty>>,
                T::Error: ::std::fmt::Display,
            {
                self.saved_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for saved_properties: {e}"
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserPropertiesSetResult>
        for super::UserPropertiesSetResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserPropertiesSetResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "UserPropertiesSetResult",
                    &[
                        value.object.as_ref().err(),
                        value.property_errors.as_ref().err(),
                        value.saved_properties.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    object: value.object?,
                    property_errors: value.property_errors?,
                    saved_properties: value.saved_properties?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserProperty {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<super::UserPropertyObject>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserProperty {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    object: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl UserProperty {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.key = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::UserPropertyObject>,
            {
                self.object = Ok(value.into_option());
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.value = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<UserProperty> for super::UserProperty {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserProperty,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "UserProperty",
                    &[
                        value.key.as_ref().err(),
                        value.object.as_ref().err(),
                        value.value.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    key: value.key?,
                    object: value.object?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserPropertyList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::UserProperty>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UserPropertyList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl UserPropertyList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserProperty>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_cursor = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserPropertyList> for super::UserPropertyList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserPropertyList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "UserPropertyList",
                    &[
                        value.data.as_ref().err(),
                        value.has_more.as_ref().err(),
                        value.next_cursor.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl AnalyticsCardCode {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Realtime => "realtime",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AnalyticsCardCode {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "realtime" => Self::Realtime,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(AnalyticsCardCode, self::error::ConversionError);
    impl AnalyticsChartCode {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Proceeds => "proceeds",
                Self::ActiveSubscriptions => "active-subscriptions",
                Self::PaidSubscriptionsMovement => "paid-subscriptions-movement",
                Self::UsersOverview => "users-overview",
                Self::FreeTrials => "free-trials",
                Self::ActiveTrials => "active-trials",
                Self::TrialsMovement => "trials-movement",
                Self::UserToTrial => "user-to-trial",
                Self::TrialToPaid => "trial-to-paid",
                Self::UserToPaid => "user-to-paid",
                Self::Sales => "sales",
                Self::Refunds => "refunds",
                Self::RefundRate => "refund-rate",
                Self::Arppu => "arppu",
                Self::Arpu => "arpu",
                Self::TrialCancellation => "trial-cancellation",
                Self::SubscriptionCancellation => "subscription-cancellation",
                Self::SubscriptionsOverview => "subscriptions-overview",
                Self::NewSubscriptions => "new-subscriptions",
                Self::Mrr => "mrr",
                Self::Arr => "arr",
                Self::MrrMovement => "mrr-movement",
                Self::ArrMovement => "arr-movement",
                Self::UserToTrialConversion => "user-to-trial-conversion",
                Self::SubscriptionCancellationRate => "subscription-cancellation-rate",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AnalyticsChartCode {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "proceeds" => Self::Proceeds,
                "active-subscriptions" => Self::ActiveSubscriptions,
                "paid-subscriptions-movement" => Self::PaidSubscriptionsMovement,
                "users-overview" => Self::UsersOverview,
                "free-trials" => Self::FreeTrials,
                "active-trials" => Self::ActiveTrials,
                "trials-movement" => Self::TrialsMovement,
                "user-to-trial" => Self::UserToTrial,
                "trial-to-paid" => Self::TrialToPaid,
                "user-to-paid" => Self::UserToPaid,
                "sales" => Self::Sales,
                "refunds" => Self::Refunds,
                "refund-rate" => Self::RefundRate,
                "arppu" => Self::Arppu,
                "arpu" => Self::Arpu,
                "trial-cancellation" => Self::TrialCancellation,
                "subscription-cancellation" => Self::SubscriptionCancellation,
                "subscriptions-overview" => Self::SubscriptionsOverview,
                "new-subscriptions" => Self::NewSubscriptions,
                "mrr" => Self::Mrr,
                "arr" => Self::Arr,
                "mrr-movement" => Self::MrrMovement,
                "arr-movement" => Self::ArrMovement,
                "user-to-trial-conversion" => Self::UserToTrialConversion,
                "subscription-cancellation-rate" => Self::SubscriptionCancellationRate,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(AnalyticsChartCode, self::error::ConversionError);
    impl AnalyticsUnit {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Hour => "hour",
                Self::Day => "day",
                Self::Week => "week",
                Self::Month => "month",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AnalyticsUnit {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "hour" => Self::Hour,
                "day" => Self::Day,
                "week" => Self::Week,
                "month" => Self::Month,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(AnalyticsUnit, self::error::ConversionError);
    impl AutomationObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Automation => "automation",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AutomationObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "automation" => Self::Automation,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(AutomationObject, self::error::ConversionError);
    impl AutomationStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Inactive => "inactive",
                Self::Paused => "paused",
                Self::Unknown => "unknown",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AutomationStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
                "paused" => Self::Paused,
                "unknown" => Self::Unknown,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(AutomationStatus, self::error::ConversionError);
    impl CustomerMetricsObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CustomerMetrics => "customer_metrics",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CustomerMetricsObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "customer_metrics" => Self::CustomerMetrics,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(CustomerMetricsObject, self::error::ConversionError);
    impl CustomerPropertiesObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CustomerProperties => "customer_properties",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CustomerPropertiesObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "customer_properties" => Self::CustomerProperties,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(CustomerPropertiesObject, self::error::ConversionError);
    impl EntitlementObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Entitlement => "entitlement",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for EntitlementObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "entitlement" => Self::Entitlement,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(EntitlementObject, self::error::ConversionError);
    impl ErrorCode {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InvalidData => "invalid_data",
                Self::InvalidRequest => "invalid_request",
                Self::ControlUnauthorized => "control_unauthorized",
                Self::ControlForbidden => "control_forbidden",
                Self::NotImplemented => "not_implemented",
                Self::NotFound => "not_found",
                Self::AlreadyExists => "already_exists",
                Self::PurchaseFraud => "purchase_fraud",
                Self::RelationNotFound => "relation_not_found",
                Self::StorageError => "storage_error",
                Self::NetworkError => "network_error",
                Self::UnknownError => "unknown_error",
                Self::PaidEntitlement => "paid_entitlement",
                Self::ProductNotInProject => "product_not_in_project",
                Self::CannotSetMainDirectly => "cannot_set_main_directly",
                Self::CannotSetmainExperimentVariant => {
                    "cannot_setmain_experiment_variant"
                }
                Self::CannotDemoteMain => "cannot_demote_main",
                Self::CannotPatchExperimentVariant => "cannot_patch_experiment_variant",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ErrorCode {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "invalid_data" => Self::InvalidData,
                "invalid_request" => Self::InvalidRequest,
                "control_unauthorized" => Self::ControlUnauthorized,
                "control_forbidden" => Self::ControlForbidden,
                "not_implemented" => Self::NotImplemented,
                "not_found" => Self::NotFound,
                "already_exists" => Self::AlreadyExists,
                "purchase_fraud" => Self::PurchaseFraud,
                "relation_not_found" => Self::RelationNotFound,
                "storage_error" => Self::StorageError,
                "network_error" => Self::NetworkError,
                "unknown_error" => Self::UnknownError,
                "paid_entitlement" => Self::PaidEntitlement,
                "product_not_in_project" => Self::ProductNotInProject,
                "cannot_set_main_directly" => Self::CannotSetMainDirectly,
                "cannot_setmain_experiment_variant" => {
                    Self::CannotSetmainExperimentVariant
                }
                "cannot_demote_main" => Self::CannotDemoteMain,
                "cannot_patch_experiment_variant" => Self::CannotPatchExperimentVariant,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ErrorCode, self::error::ConversionError);
    impl ErrorType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Request => "request",
                Self::Resource => "resource",
                Self::Logical => "logical",
                Self::Internal => "internal",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ErrorType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "request" => Self::Request,
                "resource" => Self::Resource,
                "logical" => Self::Logical,
                "internal" => Self::Internal,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ErrorType, self::error::ConversionError);
    impl ExperimentStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Draft => "draft",
                Self::Active => "active",
                Self::Paused => "paused",
                Self::Finished => "finished",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ExperimentStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "draft" => Self::Draft,
                "active" => Self::Active,
                "paused" => Self::Paused,
                "finished" => Self::Finished,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ExperimentStatus, self::error::ConversionError);
    impl IdentityObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Identity => "identity",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for IdentityObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "identity" => Self::Identity,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(IdentityObject, self::error::ConversionError);
    impl ListObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::List => "list",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ListObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "list" => Self::List,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ListObject, self::error::ConversionError);
    impl OfferingObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Offering => "offering",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for OfferingObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "offering" => Self::Offering,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(OfferingObject, self::error::ConversionError);
    impl ProductDuration {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::P1w => "P1W",
                Self::P1m => "P1M",
                Self::P3m => "P3M",
                Self::P6m => "P6M",
                Self::P1y => "P1Y",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ProductDuration {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "P1W" => Self::P1w,
                "P1M" => Self::P1m,
                "P3M" => Self::P3m,
                "P6M" => Self::P6m,
                "P1Y" => Self::P1y,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ProductDuration, self::error::ConversionError);
    impl ProductObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Product => "product",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ProductObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "product" => Self::Product,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ProductObject, self::error::ConversionError);
    impl ProductType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::SubscriptionWithPromo => "subscription_with_promo",
                Self::Subscription => "subscription",
                Self::Consumable => "consumable",
                Self::Lifetime => "lifetime",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ProductType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "subscription_with_promo" => Self::SubscriptionWithPromo,
                "subscription" => Self::Subscription,
                "consumable" => Self::Consumable,
                "lifetime" => Self::Lifetime,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ProductType, self::error::ConversionError);
    impl PurchaseObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Purchase => "purchase",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for PurchaseObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "purchase" => Self::Purchase,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(PurchaseObject, self::error::ConversionError);
    impl ReportEnvironment {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Sandbox => "sandbox",
                Self::Production => "production",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ReportEnvironment {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "sandbox" => Self::Sandbox,
                "production" => Self::Production,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ReportEnvironment, self::error::ConversionError);
    impl ReportStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Draft => "draft",
                Self::Active => "active",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ReportStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "draft" => Self::Draft,
                "active" => Self::Active,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ReportStatus, self::error::ConversionError);
    impl ScreenObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Screen => "screen",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ScreenObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "screen" => Self::Screen,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ScreenObject, self::error::ConversionError);
    impl SegmentComparator {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Eq => "eq",
                Self::Ne => "ne",
                Self::Gt => "gt",
                Self::Gte => "gte",
                Self::Lt => "lt",
                Self::Lte => "lte",
                Self::Contains => "contains",
                Self::NotContains => "not_contains",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SegmentComparator {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "eq" => Self::Eq,
                "ne" => Self::Ne,
                "gt" => Self::Gt,
                "gte" => Self::Gte,
                "lt" => Self::Lt,
                "lte" => Self::Lte,
                "contains" => Self::Contains,
                "not_contains" => Self::NotContains,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(SegmentComparator, self::error::ConversionError);
    impl SortOrder {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Asc => "asc",
                Self::Desc => "desc",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SortOrder {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "asc" => Self::Asc,
                "desc" => Self::Desc,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(SortOrder, self::error::ConversionError);
    impl StorePlatform {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Apple => "apple",
                Self::Google => "google",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for StorePlatform {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "apple" => Self::Apple,
                "google" => Self::Google,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(StorePlatform, self::error::ConversionError);
    impl TargetPlatform {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::IOs => "iOS",
                Self::Android => "Android",
                Self::Stripe => "Stripe",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for TargetPlatform {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "iOS" => Self::IOs,
                "Android" => Self::Android,
                "Stripe" => Self::Stripe,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(TargetPlatform, self::error::ConversionError);
    impl UserEntitlementObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::UserEntitlement => "user_entitlement",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for UserEntitlementObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "user_entitlement" => Self::UserEntitlement,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(UserEntitlementObject, self::error::ConversionError);
    impl UserEnvironment {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Prod => "prod",
                Self::Sandbox => "sandbox",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for UserEnvironment {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "prod" => Self::Prod,
                "sandbox" => Self::Sandbox,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(UserEnvironment, self::error::ConversionError);
    impl UserObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::User => "user",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for UserObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "user" => Self::User,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(UserObject, self::error::ConversionError);
    impl UserPropertiesSetResultObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::UserPropertiesSetResult => "user_properties_set_result",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for UserPropertiesSetResultObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "user_properties_set_result" => Self::UserPropertiesSetResult,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        UserPropertiesSetResultObject, self::error::ConversionError
    );
    impl UserPropertyObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::UserProperty => "user_property",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for UserPropertyObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "user_property" => Self::UserProperty,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(UserPropertyObject, self::error::ConversionError);
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
    fn api_version() -> &'static str {
        "v4"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
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
    pub fn v4_create_user(&self) -> builder::V4CreateUser<'_> {
        builder::V4CreateUser::new(self)
    }
    /// Sends a `GET` request to `/users/{user_id}`
    pub fn v4_get_user(&self) -> builder::V4GetUser<'_> {
        builder::V4GetUser::new(self)
    }
    /// Sends a `GET` request to `/users/{user_id}/properties`
    pub fn v4_list_user_properties(&self) -> builder::V4ListUserProperties<'_> {
        builder::V4ListUserProperties::new(self)
    }
    /// Sends a `POST` request to `/users/{user_id}/properties`
    pub fn v4_set_user_properties(&self) -> builder::V4SetUserProperties<'_> {
        builder::V4SetUserProperties::new(self)
    }
    /// Sends a `POST` request to `/identities`
    pub fn v4_create_identity(&self) -> builder::V4CreateIdentity<'_> {
        builder::V4CreateIdentity::new(self)
    }
    /// Sends a `GET` request to `/identities/{identity_id}`
    pub fn v4_get_identity(&self) -> builder::V4GetIdentity<'_> {
        builder::V4GetIdentity::new(self)
    }
    /// Sends a `GET` request to `/entitlements`
    pub fn v4_list_entitlements(&self) -> builder::V4ListEntitlements<'_> {
        builder::V4ListEntitlements::new(self)
    }
    /// Sends a `GET` request to `/entitlements/{entitlement_id}`
    pub fn v4_get_entitlement(&self) -> builder::V4GetEntitlement<'_> {
        builder::V4GetEntitlement::new(self)
    }
    /// Sends a `DELETE` request to `/entitlements/{entitlement_id}`
    pub fn v4_delete_entitlement(&self) -> builder::V4DeleteEntitlement<'_> {
        builder::V4DeleteEntitlement::new(self)
    }
    /// Sends a `PATCH` request to `/entitlements/{entitlement_id}`
    pub fn v4_update_entitlement(&self) -> builder::V4UpdateEntitlement<'_> {
        builder::V4UpdateEntitlement::new(self)
    }
    /// Sends a `GET` request to `/users/{user_id}/entitlements`
    pub fn v4_list_user_entitlements(&self) -> builder::V4ListUserEntitlements<'_> {
        builder::V4ListUserEntitlements::new(self)
    }
    /// Sends a `POST` request to `/users/{user_id}/entitlements`
    pub fn v4_grant_user_entitlement(&self) -> builder::V4GrantUserEntitlement<'_> {
        builder::V4GrantUserEntitlement::new(self)
    }
    /// Sends a `DELETE` request to `/users/{user_id}/entitlements/{entitlement_id}`
    pub fn v4_revoke_user_entitlement(&self) -> builder::V4RevokeUserEntitlement<'_> {
        builder::V4RevokeUserEntitlement::new(self)
    }
    /// Sends a `GET` request to `/users/{user_id}/purchases`
    pub fn v4_list_user_purchases(&self) -> builder::V4ListUserPurchases<'_> {
        builder::V4ListUserPurchases::new(self)
    }
    /// Sends a `GET` request to `/products`
    pub fn v4_list_products(&self) -> builder::V4ListProducts<'_> {
        builder::V4ListProducts::new(self)
    }
    /// Sends a `POST` request to `/products`
    pub fn v4_create_product(&self) -> builder::V4CreateProduct<'_> {
        builder::V4CreateProduct::new(self)
    }
    /// Sends a `GET` request to `/products/{product_id}`
    pub fn v4_get_product(&self) -> builder::V4GetProduct<'_> {
        builder::V4GetProduct::new(self)
    }
    /// Sends a `DELETE` request to `/products/{product_id}`
    pub fn v4_delete_product(&self) -> builder::V4DeleteProduct<'_> {
        builder::V4DeleteProduct::new(self)
    }
    /// Sends a `PATCH` request to `/products/{product_id}`
    pub fn v4_update_product(&self) -> builder::V4UpdateProduct<'_> {
        builder::V4UpdateProduct::new(self)
    }
    /// Sends a `GET` request to `/offerings`
    pub fn v4_list_offerings(&self) -> builder::V4ListOfferings<'_> {
        builder::V4ListOfferings::new(self)
    }
    /// Sends a `POST` request to `/offerings`
    pub fn v4_create_offering(&self) -> builder::V4CreateOffering<'_> {
        builder::V4CreateOffering::new(self)
    }
    /// Sends a `GET` request to `/offerings/{offering_id}`
    pub fn v4_get_offering(&self) -> builder::V4GetOffering<'_> {
        builder::V4GetOffering::new(self)
    }
    /// Sends a `DELETE` request to `/offerings/{offering_id}`
    pub fn v4_delete_offering(&self) -> builder::V4DeleteOffering<'_> {
        builder::V4DeleteOffering::new(self)
    }
    /// Sends a `PATCH` request to `/offerings/{offering_id}`
    pub fn v4_update_offering(&self) -> builder::V4UpdateOffering<'_> {
        builder::V4UpdateOffering::new(self)
    }
    /// Sends a `POST` request to `/offerings/{offering_id}/set-main`
    pub fn v4_set_main_offering(&self) -> builder::V4SetMainOffering<'_> {
        builder::V4SetMainOffering::new(self)
    }
    /// Sends a `GET` request to `/remote-configurations`
    pub fn v4_list_remote_configurations(
        &self,
    ) -> builder::V4ListRemoteConfigurations<'_> {
        builder::V4ListRemoteConfigurations::new(self)
    }
    /// Sends a `POST` request to `/remote-configurations`
    pub fn v4_create_remote_configuration(
        &self,
    ) -> builder::V4CreateRemoteConfiguration<'_> {
        builder::V4CreateRemoteConfiguration::new(self)
    }
    /// Sends a `GET` request to `/remote-configurations/{config_id}`
    pub fn v4_get_remote_configuration(&self) -> builder::V4GetRemoteConfiguration<'_> {
        builder::V4GetRemoteConfiguration::new(self)
    }
    /// Sends a `PUT` request to `/remote-configurations/{config_id}`
    pub fn v4_replace_remote_configuration(
        &self,
    ) -> builder::V4ReplaceRemoteConfiguration<'_> {
        builder::V4ReplaceRemoteConfiguration::new(self)
    }
    /// Sends a `DELETE` request to `/remote-configurations/{config_id}`
    pub fn v4_delete_remote_configuration(
        &self,
    ) -> builder::V4DeleteRemoteConfiguration<'_> {
        builder::V4DeleteRemoteConfiguration::new(self)
    }
    /// Sends a `PATCH` request to `/remote-configurations/{config_id}/status`
    pub fn v4_change_remote_configuration_status(
        &self,
    ) -> builder::V4ChangeRemoteConfigurationStatus<'_> {
        builder::V4ChangeRemoteConfigurationStatus::new(self)
    }
    /// Sends a `GET` request to `/remote-configurations/{config_id}/payload-mapping`
    pub fn v4_get_remote_configuration_payload_mapping(
        &self,
    ) -> builder::V4GetRemoteConfigurationPayloadMapping<'_> {
        builder::V4GetRemoteConfigurationPayloadMapping::new(self)
    }
    /// Sends a `POST` request to `/remote-configurations/{config_id}/payload-mapping`
    pub fn v4_set_remote_configuration_payload_mapping(
        &self,
    ) -> builder::V4SetRemoteConfigurationPayloadMapping<'_> {
        builder::V4SetRemoteConfigurationPayloadMapping::new(self)
    }
    /// Sends a `POST` request to `/remote-configurations/{config_id}/users/{user_id}`
    pub fn v4_attach_remote_configuration_user(
        &self,
    ) -> builder::V4AttachRemoteConfigurationUser<'_> {
        builder::V4AttachRemoteConfigurationUser::new(self)
    }
    /// Sends a `DELETE` request to `/remote-configurations/{config_id}/users/{user_id}`
    pub fn v4_detach_remote_configuration_user(
        &self,
    ) -> builder::V4DetachRemoteConfigurationUser<'_> {
        builder::V4DetachRemoteConfigurationUser::new(self)
    }
    /// Sends a `GET` request to `/customers`
    pub fn v4_list_customers(&self) -> builder::V4ListCustomers<'_> {
        builder::V4ListCustomers::new(self)
    }
    /// Sends a `GET` request to `/customers/metrics`
    pub fn v4_get_customer_metrics(&self) -> builder::V4GetCustomerMetrics<'_> {
        builder::V4GetCustomerMetrics::new(self)
    }
    /// Sends a `GET` request to `/customers/{customer_id}`
    pub fn v4_get_customer(&self) -> builder::V4GetCustomer<'_> {
        builder::V4GetCustomer::new(self)
    }
    /// Sends a `DELETE` request to `/customers/{customer_id}`
    pub fn v4_delete_customer(&self) -> builder::V4DeleteCustomer<'_> {
        builder::V4DeleteCustomer::new(self)
    }
    /// Sends a `GET` request to `/customers/{customer_id}/permissions`
    pub fn v4_list_customer_permissions(
        &self,
    ) -> builder::V4ListCustomerPermissions<'_> {
        builder::V4ListCustomerPermissions::new(self)
    }
    /// Sends a `POST` request to `/customers/{customer_id}/permissions`
    pub fn v4_grant_customer_permission(
        &self,
    ) -> builder::V4GrantCustomerPermission<'_> {
        builder::V4GrantCustomerPermission::new(self)
    }
    /// Sends a `DELETE` request to `/customers/{customer_id}/permissions/{permission_id}`
    pub fn v4_revoke_customer_permission(
        &self,
    ) -> builder::V4RevokeCustomerPermission<'_> {
        builder::V4RevokeCustomerPermission::new(self)
    }
    /// Sends a `POST` request to `/customers/{customer_id}/properties`
    pub fn v4_set_customer_properties(&self) -> builder::V4SetCustomerProperties<'_> {
        builder::V4SetCustomerProperties::new(self)
    }
    /// Sends a `GET` request to `/segments`
    pub fn v4_list_segments(&self) -> builder::V4ListSegments<'_> {
        builder::V4ListSegments::new(self)
    }
    /// Sends a `POST` request to `/segments`
    pub fn v4_create_segment(&self) -> builder::V4CreateSegment<'_> {
        builder::V4CreateSegment::new(self)
    }
    /// Sends a `GET` request to `/segments/system`
    pub fn v4_list_system_segments(&self) -> builder::V4ListSystemSegments<'_> {
        builder::V4ListSystemSegments::new(self)
    }
    /// Sends a `GET` request to `/segments/{segment_id}`
    pub fn v4_get_segment(&self) -> builder::V4GetSegment<'_> {
        builder::V4GetSegment::new(self)
    }
    /// Sends a `PUT` request to `/segments/{segment_id}`
    pub fn v4_update_segment(&self) -> builder::V4UpdateSegment<'_> {
        builder::V4UpdateSegment::new(self)
    }
    /// Sends a `DELETE` request to `/segments/{segment_id}`
    pub fn v4_delete_segment(&self) -> builder::V4DeleteSegment<'_> {
        builder::V4DeleteSegment::new(self)
    }
    /// Sends a `GET` request to `/experiments`
    pub fn v4_list_experiments(&self) -> builder::V4ListExperiments<'_> {
        builder::V4ListExperiments::new(self)
    }
    /// Sends a `POST` request to `/experiments`
    pub fn v4_create_experiment(&self) -> builder::V4CreateExperiment<'_> {
        builder::V4CreateExperiment::new(self)
    }
    /// Sends a `GET` request to `/experiments/summary`
    pub fn v4_get_experiments_summary(&self) -> builder::V4GetExperimentsSummary<'_> {
        builder::V4GetExperimentsSummary::new(self)
    }
    /// Sends a `GET` request to `/experiments/{experiment_id}`
    pub fn v4_get_experiment(&self) -> builder::V4GetExperiment<'_> {
        builder::V4GetExperiment::new(self)
    }
    /// Sends a `DELETE` request to `/experiments/{experiment_id}`
    pub fn v4_delete_experiment(&self) -> builder::V4DeleteExperiment<'_> {
        builder::V4DeleteExperiment::new(self)
    }
    /// Sends a `PATCH` request to `/experiments/{experiment_id}`
    pub fn v4_update_experiment(&self) -> builder::V4UpdateExperiment<'_> {
        builder::V4UpdateExperiment::new(self)
    }
    /// Sends a `GET` request to `/experiments/{experiment_id}/groups`
    pub fn v4_list_experiment_groups(&self) -> builder::V4ListExperimentGroups<'_> {
        builder::V4ListExperimentGroups::new(self)
    }
    /// Sends a `POST` request to `/experiments/{experiment_id}/groups`
    pub fn v4_create_experiment_group(&self) -> builder::V4CreateExperimentGroup<'_> {
        builder::V4CreateExperimentGroup::new(self)
    }
    /// Sends a `DELETE` request to `/experiments/{experiment_id}/groups/{group_id}`
    pub fn v4_delete_experiment_group(&self) -> builder::V4DeleteExperimentGroup<'_> {
        builder::V4DeleteExperimentGroup::new(self)
    }
    /// Sends a `PATCH` request to `/experiments/{experiment_id}/groups/{group_id}`
    pub fn v4_update_experiment_group(&self) -> builder::V4UpdateExperimentGroup<'_> {
        builder::V4UpdateExperimentGroup::new(self)
    }
    /// Sends a `POST` request to `/experiments/{experiment_id}/status`
    pub fn v4_change_experiment_status(&self) -> builder::V4ChangeExperimentStatus<'_> {
        builder::V4ChangeExperimentStatus::new(self)
    }
    /// Sends a `POST` request to `/experiments/{experiment_id}/users/{user_id}`
    pub fn v4_attach_experiment_user(&self) -> builder::V4AttachExperimentUser<'_> {
        builder::V4AttachExperimentUser::new(self)
    }
    /// Sends a `DELETE` request to `/experiments/{experiment_id}/users/{user_id}`
    pub fn v4_detach_experiment_user(&self) -> builder::V4DetachExperimentUser<'_> {
        builder::V4DetachExperimentUser::new(self)
    }
    /// Sends a `GET` request to `/screens`
    pub fn v4_list_screens(&self) -> builder::V4ListScreens<'_> {
        builder::V4ListScreens::new(self)
    }
    /// Sends a `POST` request to `/screens`
    pub fn v4_create_screen(&self) -> builder::V4CreateScreen<'_> {
        builder::V4CreateScreen::new(self)
    }
    /// Sends a `GET` request to `/screens/analytics/overview`
    pub fn v4_get_screens_analytics_overview(
        &self,
    ) -> builder::V4GetScreensAnalyticsOverview<'_> {
        builder::V4GetScreensAnalyticsOverview::new(self)
    }
    /// Sends a `GET` request to `/screens/{screen_id}`
    pub fn v4_get_screen(&self) -> builder::V4GetScreen<'_> {
        builder::V4GetScreen::new(self)
    }
    /// Sends a `PUT` request to `/screens/{screen_id}`
    pub fn v4_update_screen(&self) -> builder::V4UpdateScreen<'_> {
        builder::V4UpdateScreen::new(self)
    }
    /// Sends a `DELETE` request to `/screens/{screen_id}`
    pub fn v4_delete_screen(&self) -> builder::V4DeleteScreen<'_> {
        builder::V4DeleteScreen::new(self)
    }
    /// Sends a `GET` request to `/screens/{screen_id}/analytics`
    pub fn v4_get_screen_analytics(&self) -> builder::V4GetScreenAnalytics<'_> {
        builder::V4GetScreenAnalytics::new(self)
    }
    /// Sends a `POST` request to `/screens/{screen_id}/copy`
    pub fn v4_copy_screen(&self) -> builder::V4CopyScreen<'_> {
        builder::V4CopyScreen::new(self)
    }
    /// Sends a `POST` request to `/screens/{screen_id}/publish`
    pub fn v4_publish_screen(&self) -> builder::V4PublishScreen<'_> {
        builder::V4PublishScreen::new(self)
    }
    /// Sends a `GET` request to `/analytics/cards/{card_code}`
    pub fn v4_get_analytics_card(&self) -> builder::V4GetAnalyticsCard<'_> {
        builder::V4GetAnalyticsCard::new(self)
    }
    /// Sends a `GET` request to `/analytics/charts/{chart_code}`
    pub fn v4_get_analytics_chart(&self) -> builder::V4GetAnalyticsChart<'_> {
        builder::V4GetAnalyticsChart::new(self)
    }
    /// Sends a `GET` request to `/analytics/charts/{chart_code}/meta`
    pub fn v4_get_analytics_chart_meta(&self) -> builder::V4GetAnalyticsChartMeta<'_> {
        builder::V4GetAnalyticsChartMeta::new(self)
    }
    /// Sends a `GET` request to `/analytics/cohorts`
    pub fn v4_get_analytics_cohorts(&self) -> builder::V4GetAnalyticsCohorts<'_> {
        builder::V4GetAnalyticsCohorts::new(self)
    }
    /// Sends a `GET` request to `/analytics/cohorts/meta`
    pub fn v4_get_analytics_cohorts_meta(
        &self,
    ) -> builder::V4GetAnalyticsCohortsMeta<'_> {
        builder::V4GetAnalyticsCohortsMeta::new(self)
    }
    /// Sends a `GET` request to `/analytics/currencies`
    pub fn v4_get_analytics_currencies(&self) -> builder::V4GetAnalyticsCurrencies<'_> {
        builder::V4GetAnalyticsCurrencies::new(self)
    }
    /// Sends a `GET` request to `/analytics/insights`
    pub fn v4_get_analytics_insights(&self) -> builder::V4GetAnalyticsInsights<'_> {
        builder::V4GetAnalyticsInsights::new(self)
    }
    /// Sends a `GET` request to `/analytics/ltv`
    pub fn v4_get_analytics_ltv(&self) -> builder::V4GetAnalyticsLtv<'_> {
        builder::V4GetAnalyticsLtv::new(self)
    }
    /// Sends a `GET` request to `/analytics/ltv/meta`
    pub fn v4_get_analytics_ltv_meta(&self) -> builder::V4GetAnalyticsLtvMeta<'_> {
        builder::V4GetAnalyticsLtvMeta::new(self)
    }
    /// Sends a `GET` request to `/analytics/ltv/trial-conversion`
    pub fn v4_get_analytics_ltv_trial_conversion(
        &self,
    ) -> builder::V4GetAnalyticsLtvTrialConversion<'_> {
        builder::V4GetAnalyticsLtvTrialConversion::new(self)
    }
    /// Sends a `POST` request to `/scheduled-reports`
    pub fn v4_create_scheduled_report(&self) -> builder::V4CreateScheduledReport<'_> {
        builder::V4CreateScheduledReport::new(self)
    }
    /// Sends a `GET` request to `/scheduled-reports/destinations`
    pub fn v4_list_scheduled_report_destinations(
        &self,
    ) -> builder::V4ListScheduledReportDestinations<'_> {
        builder::V4ListScheduledReportDestinations::new(self)
    }
    /// Sends a `PUT` request to `/scheduled-reports/{report_id}`
    pub fn v4_update_scheduled_report(&self) -> builder::V4UpdateScheduledReport<'_> {
        builder::V4UpdateScheduledReport::new(self)
    }
    /// Sends a `POST` request to `/scheduled-reports/{report_id}/send-test`
    pub fn v4_send_test_scheduled_report(
        &self,
    ) -> builder::V4SendTestScheduledReport<'_> {
        builder::V4SendTestScheduledReport::new(self)
    }
    /// Sends a `GET` request to `/integrations`
    pub fn v4_list_integrations(&self) -> builder::V4ListIntegrations<'_> {
        builder::V4ListIntegrations::new(self)
    }
    /// Sends a `POST` request to `/integrations`
    pub fn v4_create_integration(&self) -> builder::V4CreateIntegration<'_> {
        builder::V4CreateIntegration::new(self)
    }
    /// Sends a `GET` request to `/integrations/meta`
    pub fn v4_get_integrations_meta(&self) -> builder::V4GetIntegrationsMeta<'_> {
        builder::V4GetIntegrationsMeta::new(self)
    }
    /// Sends a `DELETE` request to `/integrations/{integration_id}`
    pub fn v4_delete_integration(&self) -> builder::V4DeleteIntegration<'_> {
        builder::V4DeleteIntegration::new(self)
    }
    /// Sends a `POST` request to `/integrations/{integration_id}/status`
    pub fn v4_update_integration_status(
        &self,
    ) -> builder::V4UpdateIntegrationStatus<'_> {
        builder::V4UpdateIntegrationStatus::new(self)
    }
    /// Sends a `GET` request to `/automations`
    pub fn v4_list_automations(&self) -> builder::V4ListAutomations<'_> {
        builder::V4ListAutomations::new(self)
    }
    /// Sends a `POST` request to `/automations`
    pub fn v4_create_automation(&self) -> builder::V4CreateAutomation<'_> {
        builder::V4CreateAutomation::new(self)
    }
    /// Sends a `GET` request to `/automations/{automation_id}`
    pub fn v4_get_automation(&self) -> builder::V4GetAutomation<'_> {
        builder::V4GetAutomation::new(self)
    }
    /// Sends a `PUT` request to `/automations/{automation_id}`
    pub fn v4_replace_automation(&self) -> builder::V4ReplaceAutomation<'_> {
        builder::V4ReplaceAutomation::new(self)
    }
    /// Sends a `DELETE` request to `/automations/{automation_id}`
    pub fn v4_delete_automation(&self) -> builder::V4DeleteAutomation<'_> {
        builder::V4DeleteAutomation::new(self)
    }
    /// Sends a `PATCH` request to `/automations/{automation_id}/status`
    pub fn v4_update_automation_status(&self) -> builder::V4UpdateAutomationStatus<'_> {
        builder::V4UpdateAutomationStatus::new(self)
    }
    /// Sends a `GET` request to `/project-settings`
    pub fn v4_get_project_settings(&self) -> builder::V4GetProjectSettings<'_> {
        builder::V4GetProjectSettings::new(self)
    }
    /// Sends a `PATCH` request to `/project-settings`
    pub fn v4_update_project_settings(&self) -> builder::V4UpdateProjectSettings<'_> {
        builder::V4UpdateProjectSettings::new(self)
    }
    /// Sends a `POST` request to `/project-settings/regenerate-secret`
    pub fn v4_regenerate_project_secret(
        &self,
    ) -> builder::V4RegenerateProjectSecret<'_> {
        builder::V4RegenerateProjectSecret::new(self)
    }
    /// Sends a `GET` request to `/project-settings/stores/{platform}`
    pub fn v4_get_store_config(&self) -> builder::V4GetStoreConfig<'_> {
        builder::V4GetStoreConfig::new(self)
    }
    /// Sends a `POST` request to `/project-settings/stores/{platform}`
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
    impl<'a> V4CreateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateUserRequest>,
            <V as std::convert::TryInto<
                types::CreateUserRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateUserRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateUserRequest,
            ) -> types::builder::CreateUserRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::User>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_user`]

[`Client::v4_get_user`]: super::Client::v4_get_user*/
    #[derive(Debug, Clone)]
    pub struct V4GetUser<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::User>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_user_properties`]

[`Client::v4_list_user_properties`]: super::Client::v4_list_user_properties*/
    #[derive(Debug, Clone)]
    pub struct V4ListUserProperties<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
    }
    impl<'a> V4ListUserProperties<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UserPropertyList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4SetUserProperties<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SetPropertiesRequest>,
            <V as std::convert::TryInto<
                types::SetPropertiesRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SetPropertiesRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SetPropertiesRequest,
            ) -> types::builder::SetPropertiesRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UserPropertiesSetResult>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4CreateIdentity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateIdentityRequest>,
            <V as std::convert::TryInto<
                types::CreateIdentityRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateIdentityRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateIdentityRequest,
            ) -> types::builder::CreateIdentityRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Identity>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_identity`]

[`Client::v4_get_identity`]: super::Client::v4_get_identity*/
    #[derive(Debug, Clone)]
    pub struct V4GetIdentity<'a> {
        client: &'a super::Client,
        identity_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetIdentity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                identity_id: Err("identity_id was not initialized".to_string()),
            }
        }
        pub fn identity_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.identity_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for identity_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Identity>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ListEntitlements<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::EntitlementList>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_entitlement`]

[`Client::v4_get_entitlement`]: super::Client::v4_get_entitlement*/
    #[derive(Debug, Clone)]
    pub struct V4GetEntitlement<'a> {
        client: &'a super::Client,
        entitlement_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetEntitlement<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                entitlement_id: Err("entitlement_id was not initialized".to_string()),
            }
        }
        pub fn entitlement_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.entitlement_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for entitlement_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Entitlement>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_entitlement`]

[`Client::v4_delete_entitlement`]: super::Client::v4_delete_entitlement*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteEntitlement<'a> {
        client: &'a super::Client,
        entitlement_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteEntitlement<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                entitlement_id: Err("entitlement_id was not initialized".to_string()),
            }
        }
        pub fn entitlement_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.entitlement_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for entitlement_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateEntitlement<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                entitlement_id: Err("entitlement_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn entitlement_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.entitlement_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for entitlement_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateEntitlementRequest>,
            <V as std::convert::TryInto<
                types::UpdateEntitlementRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateEntitlementRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateEntitlementRequest,
            ) -> types::builder::UpdateEntitlementRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Entitlement>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_user_entitlements`]

[`Client::v4_list_user_entitlements`]: super::Client::v4_list_user_entitlements*/
    #[derive(Debug, Clone)]
    pub struct V4ListUserEntitlements<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
    }
    impl<'a> V4ListUserEntitlements<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UserEntitlementList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4GrantUserEntitlement<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GrantEntitlementRequest>,
            <V as std::convert::TryInto<
                types::GrantEntitlementRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `GrantEntitlementRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GrantEntitlementRequest,
            ) -> types::builder::GrantEntitlementRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::UserEntitlement>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4RevokeUserEntitlement<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                entitlement_id: Err("entitlement_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        pub fn entitlement_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.entitlement_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for entitlement_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ListUserPurchases<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                filter_platform: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        pub fn filter_platform<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_platform = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_platform failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::PurchaseList>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ListProducts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_type: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn filter_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_type failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::ProductList>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_create_product`]

[`Client::v4_create_product`]: super::Client::v4_create_product*/
    #[derive(Debug, Clone)]
    pub struct V4CreateProduct<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateProductRequest, String>,
    }
    impl<'a> V4CreateProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProductRequest>,
            <V as std::convert::TryInto<
                types::CreateProductRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateProductRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProductRequest,
            ) -> types::builder::CreateProductRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Product>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_product`]

[`Client::v4_get_product`]: super::Client::v4_get_product*/
    #[derive(Debug, Clone)]
    pub struct V4GetProduct<'a> {
        client: &'a super::Client,
        product_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
            }
        }
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for product_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Product>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_product`]

[`Client::v4_delete_product`]: super::Client::v4_delete_product*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteProduct<'a> {
        client: &'a super::Client,
        product_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
            }
        }
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for product_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for product_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UndocumentedBody>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UndocumentedBody` for body failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Product>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_offerings`]

[`Client::v4_list_offerings`]: super::Client::v4_list_offerings*/
    #[derive(Debug, Clone)]
    pub struct V4ListOfferings<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<types::V4ListOfferingsStartingAfter>, String>,
    }
    impl<'a> V4ListOfferings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V4ListOfferingsStartingAfter>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `V4ListOfferingsStartingAfter` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::OfferingList>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_create_offering`]

[`Client::v4_create_offering`]: super::Client::v4_create_offering*/
    #[derive(Debug, Clone)]
    pub struct V4CreateOffering<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateOfferingRequest, String>,
    }
    impl<'a> V4CreateOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOfferingRequest>,
            <V as std::convert::TryInto<
                types::CreateOfferingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOfferingRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOfferingRequest,
            ) -> types::builder::CreateOfferingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Offering>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_offering`]

[`Client::v4_get_offering`]: super::Client::v4_get_offering*/
    #[derive(Debug, Clone)]
    pub struct V4GetOffering<'a> {
        client: &'a super::Client,
        offering_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_id: Err("offering_id was not initialized".to_string()),
            }
        }
        pub fn offering_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.offering_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for offering_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Offering>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_offering`]

[`Client::v4_delete_offering`]: super::Client::v4_delete_offering*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteOffering<'a> {
        client: &'a super::Client,
        offering_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_id: Err("offering_id was not initialized".to_string()),
            }
        }
        pub fn offering_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.offering_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for offering_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_id: Err("offering_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn offering_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.offering_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for offering_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOfferingRequest>,
            <V as std::convert::TryInto<
                types::UpdateOfferingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOfferingRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOfferingRequest,
            ) -> types::builder::UpdateOfferingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Offering>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4SetMainOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_id: Err("offering_id was not initialized".to_string()),
                idempotency_key: Ok(None),
            }
        }
        pub fn offering_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.offering_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for offering_id failed"
                        .to_string()
                });
            self
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Offering>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ListRemoteConfigurations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::RemoteConfigurationList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_create_remote_configuration`]

[`Client::v4_create_remote_configuration`]: super::Client::v4_create_remote_configuration*/
    #[derive(Debug, Clone)]
    pub struct V4CreateRemoteConfiguration<'a> {
        client: &'a super::Client,
        body: Result<types::UndocumentedBody, String>,
    }
    impl<'a> V4CreateRemoteConfiguration<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UndocumentedBody>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UndocumentedBody` for body failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_remote_configuration`]

[`Client::v4_get_remote_configuration`]: super::Client::v4_get_remote_configuration*/
    #[derive(Debug, Clone)]
    pub struct V4GetRemoteConfiguration<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetRemoteConfiguration<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                config_id: Err("config_id was not initialized".to_string()),
            }
        }
        pub fn config_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.config_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for config_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ReplaceRemoteConfiguration<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                config_id: Err("config_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn config_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.config_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for config_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UndocumentedBody>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UndocumentedBody` for body failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_remote_configuration`]

[`Client::v4_delete_remote_configuration`]: super::Client::v4_delete_remote_configuration*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteRemoteConfiguration<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteRemoteConfiguration<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                config_id: Err("config_id was not initialized".to_string()),
            }
        }
        pub fn config_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.config_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for config_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ChangeRemoteConfigurationStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                config_id: Err("config_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn config_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.config_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for config_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UndocumentedBody>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UndocumentedBody` for body failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_remote_configuration_payload_mapping`]

[`Client::v4_get_remote_configuration_payload_mapping`]: super::Client::v4_get_remote_configuration_payload_mapping*/
    #[derive(Debug, Clone)]
    pub struct V4GetRemoteConfigurationPayloadMapping<'a> {
        client: &'a super::Client,
        config_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetRemoteConfigurationPayloadMapping<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                config_id: Err("config_id was not initialized".to_string()),
            }
        }
        pub fn config_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.config_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for config_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4SetRemoteConfigurationPayloadMapping<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                config_id: Err("config_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn config_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.config_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for config_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UndocumentedBody>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UndocumentedBody` for body failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4AttachRemoteConfigurationUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                config_id: Err("config_id was not initialized".to_string()),
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn config_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.config_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for config_id failed"
                        .to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4DetachRemoteConfigurationUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                config_id: Err("config_id was not initialized".to_string()),
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn config_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.config_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for config_id failed"
                        .to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ListCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                environment: Ok(None),
                filter_status: Ok(None),
                filter_target_platform: Ok(None),
                limit: Ok(None),
                page: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
            }
        }
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for environment failed".to_string());
            self
        }
        pub fn filter_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_status failed"
                        .to_string()
                });
            self
        }
        pub fn filter_target_platform<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_target_platform = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_target_platform failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::CustomerList>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4GetCustomerMetrics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                environment: Ok(None),
                filter_status: Ok(None),
                filter_target_platform: Ok(None),
                search: Ok(None),
            }
        }
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Environment>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Environment` for environment failed".to_string()
                });
            self
        }
        pub fn filter_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_status failed"
                        .to_string()
                });
            self
        }
        pub fn filter_target_platform<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_target_platform = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_target_platform failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::CustomerMetrics>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_customer`]

[`Client::v4_get_customer`]: super::Client::v4_get_customer*/
    #[derive(Debug, Clone)]
    pub struct V4GetCustomer<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CustomerResponse>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_customer`]

[`Client::v4_delete_customer`]: super::Client::v4_delete_customer*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteCustomer<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_customer_permissions`]

[`Client::v4_list_customer_permissions`]: super::Client::v4_list_customer_permissions*/
    #[derive(Debug, Clone)]
    pub struct V4ListCustomerPermissions<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    impl<'a> V4ListCustomerPermissions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CustomerPermissionList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4GrantCustomerPermission<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GrantPermissionRequest>,
            <V as std::convert::TryInto<
                types::GrantPermissionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `GrantPermissionRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GrantPermissionRequest,
            ) -> types::builder::GrantPermissionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CustomerPermissionGrant>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4RevokeCustomerPermission<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                permission_id: Err("permission_id was not initialized".to_string()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn permission_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.permission_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for permission_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4SetCustomerProperties<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SetPropertiesRequest>,
            <V as std::convert::TryInto<
                types::SetPropertiesRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SetPropertiesRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SetPropertiesRequest,
            ) -> types::builder::SetPropertiesRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CustomerPropertiesResult>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ListSegments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::SegmentList>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4CreateSegment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSegmentRequest>,
            <V as std::convert::TryInto<
                types::CreateSegmentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateSegmentRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateSegmentRequest,
            ) -> types::builder::CreateSegmentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Segment>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_system_segments`]

[`Client::v4_list_system_segments`]: super::Client::v4_list_system_segments*/
    #[derive(Debug, Clone)]
    pub struct V4ListSystemSegments<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4ListSystemSegments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::SegmentList>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_segment`]

[`Client::v4_get_segment`]: super::Client::v4_get_segment*/
    #[derive(Debug, Clone)]
    pub struct V4GetSegment<'a> {
        client: &'a super::Client,
        segment_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetSegment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                segment_id: Err("segment_id was not initialized".to_string()),
            }
        }
        pub fn segment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.segment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for segment_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Segment>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateSegment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                segment_id: Err("segment_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn segment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.segment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for segment_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSegmentRequest>,
            <V as std::convert::TryInto<
                types::CreateSegmentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateSegmentRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateSegmentRequest,
            ) -> types::builder::CreateSegmentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Segment>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_segment`]

[`Client::v4_delete_segment`]: super::Client::v4_delete_segment*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteSegment<'a> {
        client: &'a super::Client,
        segment_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteSegment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                segment_id: Err("segment_id was not initialized".to_string()),
            }
        }
        pub fn segment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.segment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for segment_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_experiments`]

[`Client::v4_list_experiments`]: super::Client::v4_list_experiments*/
    #[derive(Debug, Clone)]
    pub struct V4ListExperiments<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4ListExperiments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::ExperimentList>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_create_experiment`]

[`Client::v4_create_experiment`]: super::Client::v4_create_experiment*/
    #[derive(Debug, Clone)]
    pub struct V4CreateExperiment<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateExperimentRequest, String>,
    }
    impl<'a> V4CreateExperiment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateExperimentRequest>,
            <V as std::convert::TryInto<
                types::CreateExperimentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateExperimentRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateExperimentRequest,
            ) -> types::builder::CreateExperimentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Experiment>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_experiments_summary`]

[`Client::v4_get_experiments_summary`]: super::Client::v4_get_experiments_summary*/
    #[derive(Debug, Clone)]
    pub struct V4GetExperimentsSummary<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4GetExperimentsSummary<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_experiment`]

[`Client::v4_get_experiment`]: super::Client::v4_get_experiment*/
    #[derive(Debug, Clone)]
    pub struct V4GetExperiment<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetExperiment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Experiment>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_experiment`]

[`Client::v4_delete_experiment`]: super::Client::v4_delete_experiment*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteExperiment<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteExperiment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateExperiment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateExperimentRequest>,
            <V as std::convert::TryInto<
                types::UpdateExperimentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateExperimentRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateExperimentRequest,
            ) -> types::builder::UpdateExperimentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Experiment>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_experiment_groups`]

[`Client::v4_list_experiment_groups`]: super::Client::v4_list_experiment_groups*/
    #[derive(Debug, Clone)]
    pub struct V4ListExperimentGroups<'a> {
        client: &'a super::Client,
        experiment_id: Result<::std::string::String, String>,
    }
    impl<'a> V4ListExperimentGroups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ExperimentGroupList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4CreateExperimentGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateExperimentGroupRequest>,
            <V as std::convert::TryInto<
                types::CreateExperimentGroupRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateExperimentGroupRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateExperimentGroupRequest,
            ) -> types::builder::CreateExperimentGroupRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::ExperimentGroup>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4DeleteExperimentGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
                group_id: Err("group_id was not initialized".to_string()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateExperimentGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
                group_id: Err("group_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UndocumentedBody>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UndocumentedBody` for body failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ChangeExperimentStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ChangeExperimentStatusRequest>,
            <V as std::convert::TryInto<
                types::ChangeExperimentStatusRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ChangeExperimentStatusRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ChangeExperimentStatusRequest,
            ) -> types::builder::ChangeExperimentStatusRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Experiment>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4AttachExperimentUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
                user_id: Err("user_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AttachExperimentUserRequest>,
            <V as std::convert::TryInto<
                types::AttachExperimentUserRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AttachExperimentUserRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AttachExperimentUserRequest,
            ) -> types::builder::AttachExperimentUserRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4DetachExperimentUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                experiment_id: Err("experiment_id was not initialized".to_string()),
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn experiment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.experiment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for experiment_id failed"
                        .to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_screens`]

[`Client::v4_list_screens`]: super::Client::v4_list_screens*/
    #[derive(Debug, Clone)]
    pub struct V4ListScreens<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<types::V4ListScreensStartingAfter>, String>,
    }
    impl<'a> V4ListScreens<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V4ListScreensStartingAfter>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `V4ListScreensStartingAfter` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::ScreenList>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_create_screen`]

[`Client::v4_create_screen`]: super::Client::v4_create_screen*/
    #[derive(Debug, Clone)]
    pub struct V4CreateScreen<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ScreenNameRequest, String>,
    }
    impl<'a> V4CreateScreen<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ScreenNameRequest>,
            <V as std::convert::TryInto<
                types::ScreenNameRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ScreenNameRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ScreenNameRequest,
            ) -> types::builder::ScreenNameRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Screen>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_screens_analytics_overview`]

[`Client::v4_get_screens_analytics_overview`]: super::Client::v4_get_screens_analytics_overview*/
    #[derive(Debug, Clone)]
    pub struct V4GetScreensAnalyticsOverview<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4GetScreensAnalyticsOverview<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4GetScreen<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                screen_id: Err("screen_id was not initialized".to_string()),
                render: Ok(None),
            }
        }
        pub fn screen_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.screen_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for screen_id failed"
                        .to_string()
                });
            self
        }
        pub fn render<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.render = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for render failed".to_string());
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Screen>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateScreen<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                screen_id: Err("screen_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn screen_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.screen_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for screen_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ScreenNameRequest>,
            <V as std::convert::TryInto<
                types::ScreenNameRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ScreenNameRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ScreenNameRequest,
            ) -> types::builder::ScreenNameRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Screen>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_screen`]

[`Client::v4_delete_screen`]: super::Client::v4_delete_screen*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteScreen<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteScreen<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                screen_id: Err("screen_id was not initialized".to_string()),
            }
        }
        pub fn screen_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.screen_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for screen_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_screen_analytics`]

[`Client::v4_get_screen_analytics`]: super::Client::v4_get_screen_analytics*/
    #[derive(Debug, Clone)]
    pub struct V4GetScreenAnalytics<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetScreenAnalytics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                screen_id: Err("screen_id was not initialized".to_string()),
            }
        }
        pub fn screen_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.screen_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for screen_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_copy_screen`]

[`Client::v4_copy_screen`]: super::Client::v4_copy_screen*/
    #[derive(Debug, Clone)]
    pub struct V4CopyScreen<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
    }
    impl<'a> V4CopyScreen<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                screen_id: Err("screen_id was not initialized".to_string()),
            }
        }
        pub fn screen_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.screen_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for screen_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Screen>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_publish_screen`]

[`Client::v4_publish_screen`]: super::Client::v4_publish_screen*/
    #[derive(Debug, Clone)]
    pub struct V4PublishScreen<'a> {
        client: &'a super::Client,
        screen_id: Result<::std::string::String, String>,
    }
    impl<'a> V4PublishScreen<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                screen_id: Err("screen_id was not initialized".to_string()),
            }
        }
        pub fn screen_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.screen_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for screen_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_card`]

[`Client::v4_get_analytics_card`]: super::Client::v4_get_analytics_card*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsCard<'a> {
        client: &'a super::Client,
        card_code: Result<types::AnalyticsCardCode, String>,
        currency: Result<Option<types::V4GetAnalyticsCardCurrency>, String>,
        environment: Result<Option<types::Environment>, String>,
        from: Result<Option<i64>, String>,
        max_series: Result<Option<i64>, String>,
        segmentation: Result<Option<::std::string::String>, String>,
        to: Result<Option<i64>, String>,
        unit: Result<Option<types::AnalyticsUnit>, String>,
    }
    impl<'a> V4GetAnalyticsCard<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                card_code: Err("card_code was not initialized".to_string()),
                currency: Ok(None),
                environment: Ok(None),
                from: Ok(None),
                max_series: Ok(None),
                segmentation: Ok(None),
                to: Ok(None),
                unit: Ok(None),
            }
        }
        pub fn card_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AnalyticsCardCode>,
        {
            self.card_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AnalyticsCardCode` for card_code failed".to_string()
                });
            self
        }
        pub fn currency<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V4GetAnalyticsCardCurrency>,
        {
            self.currency = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `V4GetAnalyticsCardCurrency` for currency failed"
                        .to_string()
                });
            self
        }
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Environment>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Environment` for environment failed".to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for from failed".to_string());
            self
        }
        pub fn max_series<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.max_series = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for max_series failed".to_string());
            self
        }
        pub fn segmentation<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.segmentation = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for segmentation failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for to failed".to_string());
            self
        }
        pub fn unit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AnalyticsUnit>,
        {
            self.unit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AnalyticsUnit` for unit failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::AnalyticsCardRows>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_chart`]

[`Client::v4_get_analytics_chart`]: super::Client::v4_get_analytics_chart*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsChart<'a> {
        client: &'a super::Client,
        chart_code: Result<types::AnalyticsChartCode, String>,
        currency: Result<Option<types::V4GetAnalyticsChartCurrency>, String>,
        environment: Result<Option<types::Environment>, String>,
        from: Result<Option<i64>, String>,
        max_series: Result<Option<i64>, String>,
        segmentation: Result<Option<::std::string::String>, String>,
        to: Result<Option<i64>, String>,
        unit: Result<Option<types::AnalyticsUnit>, String>,
    }
    impl<'a> V4GetAnalyticsChart<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chart_code: Err("chart_code was not initialized".to_string()),
                currency: Ok(None),
                environment: Ok(None),
                from: Ok(None),
                max_series: Ok(None),
                segmentation: Ok(None),
                to: Ok(None),
                unit: Ok(None),
            }
        }
        pub fn chart_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AnalyticsChartCode>,
        {
            self.chart_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AnalyticsChartCode` for chart_code failed"
                        .to_string()
                });
            self
        }
        pub fn currency<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V4GetAnalyticsChartCurrency>,
        {
            self.currency = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `V4GetAnalyticsChartCurrency` for currency failed"
                        .to_string()
                });
            self
        }
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Environment>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Environment` for environment failed".to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for from failed".to_string());
            self
        }
        pub fn max_series<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.max_series = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for max_series failed".to_string());
            self
        }
        pub fn segmentation<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.segmentation = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for segmentation failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for to failed".to_string());
            self
        }
        pub fn unit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AnalyticsUnit>,
        {
            self.unit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AnalyticsUnit` for unit failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::AnalyticsChart>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_chart_meta`]

[`Client::v4_get_analytics_chart_meta`]: super::Client::v4_get_analytics_chart_meta*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsChartMeta<'a> {
        client: &'a super::Client,
        chart_code: Result<types::AnalyticsChartCode, String>,
    }
    impl<'a> V4GetAnalyticsChartMeta<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chart_code: Err("chart_code was not initialized".to_string()),
            }
        }
        pub fn chart_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AnalyticsChartCode>,
        {
            self.chart_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AnalyticsChartCode` for chart_code failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::AnalyticsChartMeta>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_cohorts`]

[`Client::v4_get_analytics_cohorts`]: super::Client::v4_get_analytics_cohorts*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsCohorts<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4GetAnalyticsCohorts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_cohorts_meta`]

[`Client::v4_get_analytics_cohorts_meta`]: super::Client::v4_get_analytics_cohorts_meta*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsCohortsMeta<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4GetAnalyticsCohortsMeta<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_currencies`]

[`Client::v4_get_analytics_currencies`]: super::Client::v4_get_analytics_currencies*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsCurrencies<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4GetAnalyticsCurrencies<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4GetAnalyticsInsights<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                environment: Ok(None),
                force: Ok(None),
                period: Ok(None),
            }
        }
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Environment>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Environment` for environment failed".to_string()
                });
            self
        }
        pub fn force<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.force = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for force failed".to_string());
            self
        }
        pub fn period<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.period = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for period failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::AnalyticsInsights>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_ltv`]

[`Client::v4_get_analytics_ltv`]: super::Client::v4_get_analytics_ltv*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsLtv<'a> {
        client: &'a super::Client,
        currency: Result<Option<types::V4GetAnalyticsLtvCurrency>, String>,
        environment: Result<Option<types::Environment>, String>,
    }
    impl<'a> V4GetAnalyticsLtv<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                currency: Ok(None),
                environment: Ok(None),
            }
        }
        pub fn currency<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V4GetAnalyticsLtvCurrency>,
        {
            self.currency = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `V4GetAnalyticsLtvCurrency` for currency failed"
                        .to_string()
                });
            self
        }
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Environment>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Environment` for environment failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_ltv_meta`]

[`Client::v4_get_analytics_ltv_meta`]: super::Client::v4_get_analytics_ltv_meta*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsLtvMeta<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4GetAnalyticsLtvMeta<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_analytics_ltv_trial_conversion`]

[`Client::v4_get_analytics_ltv_trial_conversion`]: super::Client::v4_get_analytics_ltv_trial_conversion*/
    #[derive(Debug, Clone)]
    pub struct V4GetAnalyticsLtvTrialConversion<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4GetAnalyticsLtvTrialConversion<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_create_scheduled_report`]

[`Client::v4_create_scheduled_report`]: super::Client::v4_create_scheduled_report*/
    #[derive(Debug, Clone)]
    pub struct V4CreateScheduledReport<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ScheduledReportRequest, String>,
    }
    impl<'a> V4CreateScheduledReport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ScheduledReportRequest>,
            <V as std::convert::TryInto<
                types::ScheduledReportRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ScheduledReportRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ScheduledReportRequest,
            ) -> types::builder::ScheduledReportRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::ScheduledReport>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_scheduled_report_destinations`]

[`Client::v4_list_scheduled_report_destinations`]: super::Client::v4_list_scheduled_report_destinations*/
    #[derive(Debug, Clone)]
    pub struct V4ListScheduledReportDestinations<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4ListScheduledReportDestinations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateScheduledReport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                report_id: Err("report_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn report_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.report_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for report_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ScheduledReportRequest>,
            <V as std::convert::TryInto<
                types::ScheduledReportRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ScheduledReportRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ScheduledReportRequest,
            ) -> types::builder::ScheduledReportRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::ScheduledReport>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_send_test_scheduled_report`]

[`Client::v4_send_test_scheduled_report`]: super::Client::v4_send_test_scheduled_report*/
    #[derive(Debug, Clone)]
    pub struct V4SendTestScheduledReport<'a> {
        client: &'a super::Client,
        report_id: Result<::std::string::String, String>,
    }
    impl<'a> V4SendTestScheduledReport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                report_id: Err("report_id was not initialized".to_string()),
            }
        }
        pub fn report_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.report_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for report_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_integrations`]

[`Client::v4_list_integrations`]: super::Client::v4_list_integrations*/
    #[derive(Debug, Clone)]
    pub struct V4ListIntegrations<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4ListIntegrations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::IntegrationList>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4CreateIntegration<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateIntegrationRequest>,
            <V as std::convert::TryInto<
                types::CreateIntegrationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateIntegrationRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateIntegrationRequest,
            ) -> types::builder::CreateIntegrationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Integration>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_integrations_meta`]

[`Client::v4_get_integrations_meta`]: super::Client::v4_get_integrations_meta*/
    #[derive(Debug, Clone)]
    pub struct V4GetIntegrationsMeta<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4GetIntegrationsMeta<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_integration`]

[`Client::v4_delete_integration`]: super::Client::v4_delete_integration*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteIntegration<'a> {
        client: &'a super::Client,
        integration_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteIntegration<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                integration_id: Err("integration_id was not initialized".to_string()),
            }
        }
        pub fn integration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.integration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for integration_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateIntegrationStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                integration_id: Err("integration_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn integration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.integration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for integration_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IntegrationStatusRequest>,
            <V as std::convert::TryInto<
                types::IntegrationStatusRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `IntegrationStatusRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::IntegrationStatusRequest,
            ) -> types::builder::IntegrationStatusRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Integration>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_list_automations`]

[`Client::v4_list_automations`]: super::Client::v4_list_automations*/
    #[derive(Debug, Clone)]
    pub struct V4ListAutomations<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<types::V4ListAutomationsStartingAfter>, String>,
    }
    impl<'a> V4ListAutomations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V4ListAutomationsStartingAfter>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `V4ListAutomationsStartingAfter` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::AutomationList>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_create_automation`]

[`Client::v4_create_automation`]: super::Client::v4_create_automation*/
    #[derive(Debug, Clone)]
    pub struct V4CreateAutomation<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AutomationRequest, String>,
    }
    impl<'a> V4CreateAutomation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AutomationRequest>,
            <V as std::convert::TryInto<
                types::AutomationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AutomationRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AutomationRequest,
            ) -> types::builder::AutomationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Automation>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_automation`]

[`Client::v4_get_automation`]: super::Client::v4_get_automation*/
    #[derive(Debug, Clone)]
    pub struct V4GetAutomation<'a> {
        client: &'a super::Client,
        automation_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetAutomation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                automation_id: Err("automation_id was not initialized".to_string()),
            }
        }
        pub fn automation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.automation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for automation_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Automation>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4ReplaceAutomation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                automation_id: Err("automation_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn automation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.automation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for automation_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AutomationRequest>,
            <V as std::convert::TryInto<
                types::AutomationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AutomationRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AutomationRequest,
            ) -> types::builder::AutomationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Automation>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_delete_automation`]

[`Client::v4_delete_automation`]: super::Client::v4_delete_automation*/
    #[derive(Debug, Clone)]
    pub struct V4DeleteAutomation<'a> {
        client: &'a super::Client,
        automation_id: Result<::std::string::String, String>,
    }
    impl<'a> V4DeleteAutomation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                automation_id: Err("automation_id was not initialized".to_string()),
            }
        }
        pub fn automation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.automation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for automation_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateAutomationStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                automation_id: Err("automation_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn automation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.automation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for automation_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AutomationStatusRequest>,
            <V as std::convert::TryInto<
                types::AutomationStatusRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AutomationStatusRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AutomationStatusRequest,
            ) -> types::builder::AutomationStatusRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_project_settings`]

[`Client::v4_get_project_settings`]: super::Client::v4_get_project_settings*/
    #[derive(Debug, Clone)]
    pub struct V4GetProjectSettings<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4GetProjectSettings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_update_project_settings`]

[`Client::v4_update_project_settings`]: super::Client::v4_update_project_settings*/
    #[derive(Debug, Clone)]
    pub struct V4UpdateProjectSettings<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UpdateProjectSettingsRequest, String>,
    }
    impl<'a> V4UpdateProjectSettings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProjectSettingsRequest>,
            <V as std::convert::TryInto<
                types::UpdateProjectSettingsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateProjectSettingsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateProjectSettingsRequest,
            ) -> types::builder::UpdateProjectSettingsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_regenerate_project_secret`]

[`Client::v4_regenerate_project_secret`]: super::Client::v4_regenerate_project_secret*/
    #[derive(Debug, Clone)]
    pub struct V4RegenerateProjectSecret<'a> {
        client: &'a super::Client,
    }
    impl<'a> V4RegenerateProjectSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::UndocumentedObject>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::v4_get_store_config`]

[`Client::v4_get_store_config`]: super::Client::v4_get_store_config*/
    #[derive(Debug, Clone)]
    pub struct V4GetStoreConfig<'a> {
        client: &'a super::Client,
        platform: Result<types::StorePlatform, String>,
    }
    impl<'a> V4GetStoreConfig<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                platform: Err("platform was not initialized".to_string()),
            }
        }
        pub fn platform<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StorePlatform>,
        {
            self.platform = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StorePlatform` for platform failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::StoreConfig>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> V4UpdateStoreConfig<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                platform: Err("platform was not initialized".to_string()),
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn platform<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StorePlatform>,
        {
            self.platform = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StorePlatform` for platform failed".to_string()
                });
            self
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StoreConfigRequest>,
            <V as std::convert::TryInto<
                types::StoreConfigRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `StoreConfigRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::StoreConfigRequest,
            ) -> types::builder::StoreConfigRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::StoreConfig>, crate::Error> {
            client_core::call(self.send_raw()).await
        }
    }
}
/// Every request runs through the runtime: retries with backoff, `Retry-After`,
/// and the bookkeeping that lets errors report status and request id.
impl ClientHooks<client_core::Runtime> for Client {
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
