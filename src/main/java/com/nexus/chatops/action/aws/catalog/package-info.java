/**
 * The AWS commands as guarded actions: each typed request planned over the ECS, RDS and CloudWatch adapters and
 * worded by their views. Imports no SDK class, so making the catalog at startup costs nothing.
 */
package com.nexus.chatops.action.aws.catalog;
