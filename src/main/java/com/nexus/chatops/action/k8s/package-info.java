/** Kubernetes actions through fabric8; the only package that imports it. */
package com.nexus.chatops.action.k8s;
